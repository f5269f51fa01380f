package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.testsupport.DovecotServer;

/**
 * The monthly job on a real Dovecot with sent folders (one marked {@code \Sent}, one known by its name "Đã gửi") and a
 * Sieve script read over ManageSieve, master-user login: signed shares, work mail to one's own gmail and a Sieve
 * redirect are found, and no sent folder is changed.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, SentMailFixture.Directory.class})
class SentMailJobIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = new MonthlyJobEnvironment("sentmail",
            new DovecotServer().withManageSieve());

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SentMailFixture.settings(registry, environment);
    }

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("auditExportJob")
    Job auditExportJob;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sentFoldersAndSieveRulesGiveArticle16FindingsAndNoSentFolderChanges(MonthlyJob monthly) throws Exception {
        JobExecution november = SentMailFixture.runNovember(monthly, environment.dovecot(), jdbc);

        JobExecution audit = jobOperator.start(auditExportJob, AuditJobConfiguration.parameters(
                java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30), List.of(),
                java.time.Instant.now()));
        assertThat(audit.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        SentMailFixture.assertSubjectsOnlyInTheAuditExport(SentMailFixture.reportPath(november),
                java.nio.file.Path.of(audit.getExecutionContext().getString(AuditJobConfiguration.REPORT_PATH_KEY)));
    }
}
