package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.MailboxComplianceApplication;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;
import vn.mailcompliance.testsupport.StoredMessage;

/**
 * The monthly job on a real Dovecot with sent folders (one marked {@code \Sent}, one known by its name "Đã gửi") and a
 * Sieve script read over ManageSieve, master-user login: signed shares, work mail to one's own gmail and a Sieve
 * redirect are found, and no sent folder is changed.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, SentMailJobIT.Directory.class})
class SentMailJobIT {

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("sentmail");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer().withManageSieve();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        database.registerSpringProperties(registry);
        dovecot.registerSpringProperties(registry);
        SentMailFixture.settings(registry, dovecot);
    }

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("monthlyComplianceJob")
    Job monthlyComplianceJob;

    @Autowired
    @Qualifier("auditExportJob")
    Job auditExportJob;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sentFoldersAndSieveRulesGiveArticle16FindingsAndNoSentFolderChanges() throws Exception {
        Map<String, List<StoredMessage>> before = SentMailFixture.sentFolders(dovecot);

        JobExecution monthly = jobOperator.start(monthlyComplianceJob,
                new JobParametersBuilder().addString("period", "2026-11").toJobParameters());

        assertThat(monthly.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        SentMailFixture.assertFindings(jdbc);
        SentMailFixture.assertSignedShareOnSummary(java.nio.file.Path.of(monthly.getExecutionContext()
                .getString(MonthlyJobConfiguration.REPORT_PATH_KEY)));
        assertThat(SentMailFixture.sentFolders(dovecot)).isEqualTo(before);

        JobExecution audit = jobOperator.start(auditExportJob, AuditJobConfiguration.parameters(
                java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30), List.of(),
                java.time.Instant.now()));
        assertThat(audit.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        SentMailFixture.assertSubjectsOnlyInTheAuditExport(
                java.nio.file.Path.of(monthly.getExecutionContext().getString(MonthlyJobConfiguration.REPORT_PATH_KEY)),
                java.nio.file.Path.of(audit.getExecutionContext().getString(AuditJobConfiguration.REPORT_PATH_KEY)));
    }

    @TestConfiguration
    static class Directory {

        @Bean
        @Primary
        DirectorySource sentMailUnit() {
            return SentMailFixture.directory();
        }
    }
}
