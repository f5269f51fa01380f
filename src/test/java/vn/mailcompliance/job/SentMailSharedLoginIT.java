package vn.mailcompliance.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.testsupport.DovecotServer;

/**
 * The monthly job on a real Dovecot with sent folders (one marked {@code \Sent}, one known by its name "Đã gửi") and a
 * Sieve script read over ManageSieve, login shared (folders read through the shared namespace, where no folder is
 * marked \\Sent, so both are known by name; ManageSieve with the mailbox as SASL authorization identity): signed shares, work mail to one's own gmail and a Sieve
 * redirect are found, and no sent folder is changed.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, SentMailFixture.Directory.class})
class SentMailSharedLoginIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = new MonthlyJobEnvironment("sentshared",
            new DovecotServer().withSharedNamespace().withManageSieve());

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SentMailFixture.settings(registry, environment);
        registry.add("compliance.imap.login", () -> "shared");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void sentFoldersAndSieveRulesGiveArticle16FindingsAndNoSentFolderChanges(MonthlyJob monthly) throws Exception {
        SentMailFixture.runNovember(monthly, environment.dovecot(), jdbc);
    }
}
