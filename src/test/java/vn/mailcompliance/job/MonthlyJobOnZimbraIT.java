package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.LdapMinistryAccess;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.testsupport.SlapdServer;

/** The whole monthly job over Zimbra's LDAP (a private slapd with Zimbra's schema), mailboxes on Dovecot. */
@SpringBootTest(classes = MailboxComplianceApplication.class)
class MonthlyJobOnZimbraIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = LdapMinistryRun.environment(
            new SlapdServer(LdapMinistryAccess.SUFFIX).withSchema("ldap/zimbra.schema")
                    .withLdif(LdapMinistryAccess.zimbra()), "zimbra");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        environment.registerSpringProperties(registry);
        registry.add("compliance.password.exempt", () -> "svc-*@most.gov.vn");
    }

    @Autowired
    FindingRepository findings;

    @Autowired
    DirectoryRepository directory;

    @Test
    void monthlyRunOnZimbraEndsInTheSameSheetsAndCodesAsOnIRedMail(MonthlyJob monthly) throws Exception {
        JobExecution execution = monthly.start(LdapMinistryRun.PERIOD);

        LdapMonthlyWorkbook workbook = LdapMinistryRun.assertLikeOnIRedMail(execution, findings, monthly);
        assertThat(directory.snapshot().account("binh@most.gov.vn").orElseThrow().lastLoginAt()).isNotNull();
        assertThat(directory.rejections(execution.getId())).extracting(DirectoryRead.Rejection::source)
                .contains("uid=hoa,ou=people," + LdapMinistryAccess.SUFFIX,
                        "uid=khongthu,ou=people," + LdapMinistryAccess.SUFFIX);
        assertThat(workbook.rowsWith("Phương pháp", "directory.source-password-max-age", "default: 90; lanhdao: 0"))
                .hasSize(1);
        assertThat(workbook.rowsWith("Phạm vi quét", "uid=hoa,ou=people," + LdapMinistryAccess.SUFFIX))
                .hasSize(1);
    }
}
