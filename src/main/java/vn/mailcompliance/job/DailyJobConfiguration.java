package vn.mailcompliance.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.mailcompliance.backlog.BacklogProperties;
import vn.mailcompliance.backlog.OverdueRule;
import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.AccountScope;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySync;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.FailFast;
import vn.mailcompliance.imap.ImapPreflight;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.MailboxAccess;
import vn.mailcompliance.imap.MailboxScanner;
import vn.mailcompliance.settings.ComplianceProperties;

/**
 * The daily unit mailbox job (articles 15.1 and 16): synchronise the directory, then record the unread state of every
 * active unit mailbox as of the check time of the day. One job instance per date; {@code replace} (a run id) starts a
 * new one that overwrites the day's rows. A mailbox that cannot be read is a FAILED coverage row, and the run goes on.
 */
@Configuration
class DailyJobConfiguration {

    static final String JOB_NAME = "dailyUnitMailboxJob";

    @Bean
    Job dailyUnitMailboxJob(JobRepository jobRepository, Step dailySyncDirectoryStep, Step snapshotUnitMailboxesStep,
                            ExecutionOwners owners) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(owners.jobListener())
                .start(dailySyncDirectoryStep)
                .next(snapshotUnitMailboxesStep)
                .build();
    }

    @Bean
    Step dailySyncDirectoryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                DirectorySync directorySync, ImapPreflight imapPreflight,
                                ComplianceProperties settings) {
        return new StepBuilder("dailySyncDirectoryStep", jobRepository)
                .tasklet((contribution, context) -> {
                    imapPreflight.verify();
                    directorySync.synchronize(contribution.getStepExecution().getJobExecutionId(),
                            LocalDateTime.now(settings.zone()));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step snapshotUnitMailboxesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ItemStreamReader<Account> unitMailboxReader,
                                   ItemProcessor<Account, UnitMailboxCheck> unitMailboxSnapshotProcessor,
                                   ItemWriter<UnitMailboxCheck> unitMailboxSnapshotWriter, ImapProperties imap) {
        SimpleAsyncTaskExecutor mailboxThreads = new SimpleAsyncTaskExecutor("unit-mailbox-");
        mailboxThreads.setConcurrencyLimit(imap.dailyWorkers());
        return new StepBuilder("snapshotUnitMailboxesStep", jobRepository)
                .<Account, UnitMailboxCheck>chunk(50)
                .transactionManager(transactionManager)
                .taskExecutor(mailboxThreads)
                .reader(unitMailboxReader)
                .processor(unitMailboxSnapshotProcessor)
                .writer(unitMailboxSnapshotWriter)
                .build();
    }

    @Bean
    @StepScope
    ItemStreamReader<Account> unitMailboxReader(DirectoryRepository directory) {
        return directory.accountReader("unitMailboxReader", AccountScope.scannedUnitMailboxes());
    }

    /** Closed, with the connections it kept open, when the step ends. */
    @Bean
    @StepScope
    MailboxAccess unitMailboxAccess(MailboxScanner scanner) {
        return scanner.access();
    }

    @Bean
    @StepScope
    ItemProcessor<Account, UnitMailboxCheck> unitMailboxSnapshotProcessor(
            MailboxAccess unitMailboxAccess, OverdueRule overdueRule, ImapProperties imap,
            BacklogProperties backlog, ComplianceProperties settings, FailFast failFast,
            @Value("#{jobParameters['date']}") String date,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        LocalDate day = LocalDate.parse(date);
        Instant checkInstant = Evaluation.checkTimeOf(day, backlog.checkTime(), settings.zone(),
                Clock.system(settings.zone()));
        return new UnitMailboxSnapshotProcessor(unitMailboxAccess, overdueRule, imap.retry(), failFast, day,
                checkInstant, settings.zone(), jobExecutionId);
    }

    @Bean
    @StepScope
    ItemWriter<UnitMailboxCheck> unitMailboxSnapshotWriter(
            SnapshotRepository snapshots, CoverageRepository coverage,
            @Value("#{jobParameters['replace'] != null}") boolean replace,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new UnitMailboxSnapshotWriter(snapshots, coverage, replace, jobExecutionId);
    }
}
