package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.directory.VmailSchemaAccess;
import vn.mailcompliance.MailboxComplianceApplication;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/** The whole monthly job over an iRedMail vmail database, with the product's own database on MariaDB. */
@SpringBootTest(classes = MailboxComplianceApplication.class)
@SpringBatchTest
class MonthlyJobOnIRedMailIT {

    @RegisterExtension
    static MariaDbDatabase product = new MariaDbDatabase("product");

    @RegisterExtension
    static MariaDbDatabase vmail = new MariaDbDatabase("vmail");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    @TempDir
    static Path reports;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        product.registerSpringProperties(registry);
        registry.add("compliance.directory.kind", () -> "iredmail");
        registry.add("compliance.directory.url", vmail::jdbcUrl);
        registry.add("compliance.directory.username", vmail::username);
        registry.add("compliance.directory.password", vmail::password);
        registry.add("compliance.directory.unit-mailboxes", () -> "vanphong@*");
        registry.add("compliance.organization.domains", () -> "most.gov.vn");
        dovecot.registerSpringProperties(registry);
        List.of("an@most.gov.vn", "binh@most.gov.vn", "chi@most.gov.vn", "vanphong@most.gov.vn")
                .forEach(dovecot::addUser);
        registry.add("compliance.report.dir", reports::toString);
    }

    @BeforeAll
    static void vmailDatabase() throws Exception {
        product.create();
        vmail.create();
        vmail.execute(VmailSchemaAccess.iredmail());
        vmail.execute(VmailSchemaAccess.ministry());
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("monthlyComplianceJob")
    Job monthlyComplianceJob;

    @BeforeEach
    void monthlyJob() {
        jobs.setJob(monthlyComplianceJob);
    }

    @Autowired
    FindingRepository findings;

    @Autowired
    DirectoryRepository directory;

    @Test
    void monthlyJobStoresTheDirectoryFindingsAndWritesTheWorkbook() throws Exception {
        JobExecution execution = jobs.startJob(new JobParametersBuilder().addString("period", "2026-10")
                .toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(findings.findByPeriod("2026-10"))
                .extracting(Finding::code, Finding::address, Finding::subject)
                .contains(
                        tuple(FindingCode.PASSWORD_NEVER_CHANGED, "an@most.gov.vn", ""),
                        tuple(FindingCode.PASSWORD_NEVER_CHANGED, "binh@most.gov.vn", ""),
                        tuple(FindingCode.PASSWORD_NEVER_CHANGED, "chi@most.gov.vn", ""),
                        tuple(FindingCode.EXTERNAL_FORWARDING, "an@most.gov.vn", "an.home@gmail.com"),
                        tuple(FindingCode.GROUP_EXTERNAL_MEMBER, "phongban@most.gov.vn", "dung@most.gov.vn"),
                        tuple(FindingCode.UNIT_MAILBOX_MISSING, null, ""))
                .doesNotContain(tuple(FindingCode.PASSWORD_NEVER_CHANGED, "vanphong@most.gov.vn", ""),
                        tuple(FindingCode.PASSWORD_NEVER_CHANGED, "dung@most.gov.vn", ""));
        assertThat(directory.rejections(execution.getId())).singleElement()
                .satisfies(r -> assertThat(r.rowKey()).isEqualTo("not an address"));
        assertThat(Files.exists(reports.resolve("2026-10").resolve("mailbox-compliance-2026-10.xlsx"))).isTrue();
    }
}
