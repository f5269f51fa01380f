package vn.mailcompliance.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.backlog.BacklogProperties;
import vn.mailcompliance.backlog.OverdueRule;
import vn.mailcompliance.backlog.OverdueRule.UnreadAssessment;
import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.backlog.UnitMailboxSnapshot;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.AccountScope;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySync;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.FailFast;
import vn.mailcompliance.imap.ImapPreflight;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.MailboxScanException;
import vn.mailcompliance.imap.MailboxScanner;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.imap.UnreadReader;
import vn.mailcompliance.imap.UnreadState;

/**
 * The daily unit mailbox job (articles 15.1 and 16): synchronise the directory, then record the unread state of every
 * active unit mailbox as of the check time of the day. One job instance per date; {@code replace} (a run id) starts a
 * new one that overwrites the day's rows. A mailbox that cannot be read is a FAILED coverage row, and the run goes on.
 */
@Configuration
class DailyJobConfiguration {

    static final String JOB_NAME = "dailyUnitMailboxJob";

    private static final Logger log = LoggerFactory.getLogger(DailyJobConfiguration.class);

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
                                   ItemWriter<UnitMailboxCheck> snapshotWriter, ImapProperties imap) {
        SimpleAsyncTaskExecutor mailboxThreads = new SimpleAsyncTaskExecutor("unit-mailbox-");
        mailboxThreads.setConcurrencyLimit(imap.dailyWorkers());
        return new StepBuilder("snapshotUnitMailboxesStep", jobRepository)
                .<Account, UnitMailboxCheck>chunk(50)
                .transactionManager(transactionManager)
                .taskExecutor(mailboxThreads)
                .reader(unitMailboxReader)
                .processor(unitMailboxSnapshotProcessor)
                .writer(snapshotWriter)
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
    UnreadReader unitMailboxUnreadReader(MailboxScanner scanner) {
        return scanner.unreadReader();
    }

    @Bean
    @StepScope
    ItemProcessor<Account, UnitMailboxCheck> unitMailboxSnapshotProcessor(
            UnreadReader unitMailboxUnreadReader, OverdueRule overdueRule, ImapProperties imap,
            BacklogProperties backlog, ComplianceProperties settings, FailFast failFast,
            @Value("#{jobParameters['date']}") String date,
            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        LocalDate day = LocalDate.parse(date);
        Instant checkInstant = Evaluation.checkTimeOf(day, backlog.checkTime(), settings.zone(),
                Clock.system(settings.zone()));
        LocalDateTime checkedAt = LocalDateTime.ofInstant(checkInstant, settings.zone());
        return account -> {
            LocalDateTime startedAt = LocalDateTime.now(settings.zone());
            Duration backOff = imap.retry().backOff();
            for (int attempt = 1; ; attempt++) {
                try {
                    UnreadState state = unitMailboxUnreadReader.unread(account.address(), "INBOX", checkInstant);
                    failFast.accepted();
                    UnreadAssessment assessed = overdueRule.assess(state.unreadArrivals(), checkInstant);
                    ScanOutcome scanned = new ScanOutcome(account.address(), ScanOutcome.Status.SCANNED, null, 1,
                            state.totalMessages(), 0, attempt, startedAt, LocalDateTime.now(settings.zone()));
                    return new UnitMailboxCheck(scanned, new UnitMailboxSnapshot(day, account.address(), checkedAt,
                            assessed.unread(), assessed.oldestUnread() == null ? null
                                    : LocalDateTime.ofInstant(assessed.oldestUnread(), settings.zone()),
                            assessed.overdue(), jobExecutionId));
                } catch (MailboxScanException e) {
                    failFast.check(e);
                    if (attempt >= imap.retry().attempts()) {
                        log.warn("Unit mailbox {} could not be checked: {}", account.address(), e.getMessage());
                        return new UnitMailboxCheck(ScanOutcome.failed(account.address(), e.getMessage(), attempt,
                                startedAt, LocalDateTime.now(settings.zone())), null);
                    }
                    Thread.sleep(backOff.toMillis());
                    backOff = backOff.multipliedBy(2);
                }
            }
        };
    }

    @Bean
    @StepScope
    ItemWriter<UnitMailboxCheck> snapshotWriter(SnapshotRepository snapshots, CoverageRepository coverage,
                                                @Value("#{jobParameters['replace'] != null}") boolean replace,
                                                @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return chunk -> {
            chunk.forEach(check -> coverage.record(jobExecutionId, check.outcome()));
            snapshots.save(chunk.getItems().stream().map(UnitMailboxCheck::snapshot).filter(Objects::nonNull)
                    .toList(), replace);
        };
    }
}
