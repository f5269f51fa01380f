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

/**
 * The whole monthly job over an OpenLDAP directory with the password-policy overlay, read through the generic
 * {@code ldap} mapping, mailboxes on Dovecot.
 */
@SpringBootTest(classes = MailboxComplianceApplication.class)
class MonthlyJobOnOpenLdapIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = LdapMinistryRun.environment(
            new SlapdServer(LdapMinistryAccess.SUFFIX).withSchema("/etc/ldap/schema/misc.schema")
                    .withModule("ppolicy").withLdif(LdapMinistryAccess.openLdap()), "ldap");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        environment.registerSpringProperties(registry);
        registry.add("compliance.directory.ldap.forwarding", () -> "mailRoutingAddress");
        registry.add("compliance.password.exempt", () -> "svc-*@most.gov.vn");
    }

    @Autowired
    FindingRepository findings;

    @Autowired
    DirectoryRepository directory;

    @Test
    void monthlyRunOnOpenLdapEndsInTheSameSheetsAndCodesAsOnIRedMail(MonthlyJob monthly) throws Exception {
        JobExecution execution = monthly.start(LdapMinistryRun.PERIOD);

        LdapMonthlyWorkbook workbook = LdapMinistryRun.assertLikeOnIRedMail(execution, findings, monthly);
        assertThat(directory.rejections(execution.getId())).extracting(DirectoryRead.Rejection::source)
                .containsExactly("uid=hoa,ou=people," + LdapMinistryAccess.SUFFIX);
        assertThat(workbook.rowsWith("Phương pháp", "compliance.directory.base-dn", LdapMinistryAccess.SUFFIX))
                .hasSize(1);
        assertThat(workbook.rowsWith("Phạm vi quét", "uid=hoa,ou=people," + LdapMinistryAccess.SUFFIX,
                "no pwdChangedTime")).hasSize(1);
    }
}
