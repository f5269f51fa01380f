package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.VmailSchemaAccess;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;

/** The whole monthly job over an iRedMail vmail database, with the product's own database on MariaDB. */
@SpringBootTest(classes = MailboxComplianceApplication.class)
class MonthlyJobOnIRedMailIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = new MonthlyJobEnvironment("product")
            .onIRedMail(VmailSchemaAccess.iredmail(), VmailSchemaAccess.ministry())
            .scanning(List.of("an@most.gov.vn", "binh@most.gov.vn", "chi@most.gov.vn", "vanphong@most.gov.vn"));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        environment.registerSpringProperties(registry);
        registry.add("compliance.directory.unit-mailboxes", () -> "vanphong@*");
    }

    @Autowired
    FindingRepository findings;

    @Autowired
    DirectoryRepository directory;

    @Test
    void monthlyJobStoresTheDirectoryFindingsAndWritesTheWorkbook(MonthlyJob monthly) throws Exception {
        JobExecution execution = monthly.start("2026-10");

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
        assertThat(Files.exists(monthly.workbook("2026-10"))).isTrue();
    }
}
