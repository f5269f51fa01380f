package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.MailboxComplianceApplication;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.LdapMinistryAccess;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;
import vn.mailcompliance.testsupport.SlapdServer;

/**
 * The whole monthly job over an OpenLDAP directory with the password-policy overlay, read through the generic
 * {@code ldap} mapping, mailboxes on Dovecot.
 */
@SpringBootTest(classes = MailboxComplianceApplication.class)
@SpringBatchTest
class MonthlyJobOnOpenLdapIT {

    @RegisterExtension
    static MariaDbDatabase product = new MariaDbDatabase("product");

    @RegisterExtension
    static SlapdServer openLdap = new SlapdServer(LdapMinistryAccess.SUFFIX)
            .withSchema("/etc/ldap/schema/misc.schema").withModule("ppolicy")
            .withLdif(LdapMinistryAccess.openLdap());

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    static Path reports;
    static Path roster;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        product.registerSpringProperties(registry);
        openLdap.registerSpringProperties(registry, "ldap");
        registry.add("compliance.directory.ldap.forwarding", () -> "mailRoutingAddress");
        reports = Files.createTempDirectory("openldap-reports");
        roster = Files.createTempFile("roster", ".csv");
        Files.writeString(roster, LdapMinistryAccess.ROSTER);
        registry.add("compliance.directory.roster", roster::toString);
        registry.add("compliance.password.exempt", () -> "svc-*@most.gov.vn");
        registry.add("compliance.organization.domains", () -> "most.gov.vn");
        registry.add("compliance.report.dir", reports::toString);
        registry.add("compliance.imap.retry.attempts", () -> 1);
        dovecot.registerSpringProperties(registry);
        LdapMinistryAccess.SCANNED.forEach(dovecot::addUser);
    }

    @BeforeAll
    static void productDatabase() {
        product.create();
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("monthlyComplianceJob")
    Job monthlyComplianceJob;

    @Autowired
    FindingRepository findings;

    @Autowired
    DirectoryRepository directory;

    @Test
    void monthlyRunOnOpenLdapEndsInTheSameSheetsAndCodesAsOnIRedMail() throws Exception {
        jobs.setJob(monthlyComplianceJob);
        JobExecution execution = jobs.startJob(new JobParametersBuilder().addString("period", "2026-10")
                .toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(findings.findByPeriod("2026-10"))
                .extracting(Finding::code, Finding::address, Finding::subject)
                .contains(LdapMinistryAccess.EXPECTED_FINDINGS.toArray(org.assertj.core.groups.Tuple[]::new))
                .doesNotContain(tuple(FindingCode.PASSWORD_EXPIRED, "svc-saoluu@most.gov.vn", ""),
                        tuple(FindingCode.PASSWORD_EXPIRED, "em@most.gov.vn", ""));
        assertThat(directory.rejections(execution.getId())).extracting(DirectoryRead.Rejection::source)
                .containsExactly("uid=hoa,ou=people," + LdapMinistryAccess.SUFFIX);

        LdapMonthlyWorkbook workbook = LdapMonthlyWorkbook.read(
                reports.resolve("2026-10").resolve("mailbox-compliance-2026-10.xlsx"));
        assertThat(workbook.sheets()).containsSubsequence(LdapMonthlyWorkbook.MONTHLY_SHEETS);
        assertThat(workbook.codes()).containsAll(LdapMinistryAccess.EXPECTED_CODES);
        assertThat(workbook.rowsWith("Mật khẩu", "svc-saoluu@most.gov.vn")).hasSize(1);
        assertThat(workbook.rowsWith("Phương pháp", "compliance.directory.base-dn", LdapMinistryAccess.SUFFIX))
                .hasSize(1);
        assertThat(workbook.rowsWith("Phạm vi quét", "uid=hoa,ou=people," + LdapMinistryAccess.SUFFIX,
                "no pwdChangedTime")).hasSize(1);
    }
}
