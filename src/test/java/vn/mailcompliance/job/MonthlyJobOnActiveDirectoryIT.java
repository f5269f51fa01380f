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
 * The whole monthly job over Active Directory as Exchange uses it (a private slapd with OpenLDAP's msuser.schema of
 * AD's classes and attributes), mailboxes on Dovecot.
 */
@SpringBootTest(classes = MailboxComplianceApplication.class)
class MonthlyJobOnActiveDirectoryIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = LdapMinistryRun.environment(
            new SlapdServer(LdapMinistryAccess.SUFFIX).withSchema("/etc/ldap/schema/msuser.schema")
                    .withSchema("ldap/ad-exchange.schema").withLdif(LdapMinistryAccess.activeDirectory()),
            "active-directory");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        environment.registerSpringProperties(registry);
    }

    @Autowired
    FindingRepository findings;

    @Autowired
    DirectoryRepository directory;

    @Test
    void monthlyRunOnActiveDirectoryEndsInTheSameSheetsAndCodesAsOnIRedMail(MonthlyJob monthly) throws Exception {
        JobExecution execution = monthly.start(LdapMinistryRun.PERIOD);

        LdapMonthlyWorkbook workbook = LdapMinistryRun.assertLikeOnIRedMail(execution, findings, monthly);
        assertThat(directory.snapshot().account("binh@most.gov.vn").orElseThrow().lastLoginAt()).isNotNull();
        assertThat(directory.snapshot().account("svc-saoluu@most.gov.vn").orElseThrow().passwordExempt()).isTrue();
        assertThat(directory.rejections(execution.getId())).extracting(DirectoryRead.Rejection::source)
                .containsExactly("cn=hoa,cn=Users," + LdapMinistryAccess.SUFFIX);
        assertThat(workbook.rowsWith("Phương pháp", "directory.source-password-max-age")).isEmpty();
        assertThat(workbook.rowsWith("Phạm vi quét", "cn=hoa,cn=Users," + LdapMinistryAccess.SUFFIX,
                "unparseable date in pwdLastSet")).hasSize(1);
    }
}
