package vn.mailcompliance.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.finding.Waivers;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.FailFast;
import vn.mailcompliance.imap.HeaderReader;
import vn.mailcompliance.imap.HeaderSink;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.MailboxScan;
import vn.mailcompliance.imap.MailboxScanException;
import vn.mailcompliance.imap.MailboxScanner;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.imap.WatermarkRepository;

/**
 * The mailbox scan as building blocks for the monthly job: every active personal and unit mailbox is read
 * incrementally over IMAP, in {@code compliance.imap.threads} partitions of contiguous address ranges (each partition
 * is described by strings in its execution context, so it could run on a remote worker). A restart scans only the
 * mailboxes no execution of the same job instance has scanned; then the coverage is verified and failures reported.
 */
@Configuration
class MailboxScanStepConfiguration {

    static final String FIRST_ADDRESS = "mailboxes.first";
    static final String LAST_ADDRESS = "mailboxes.last";

    private static final String SCANNABLE = "gone_at IS NULL AND active = TRUE AND kind IN ('PERSONAL', 'UNIT')";

    /** On this machine's threads; {@link RemoteScanConfiguration} replaces it when the scan is remote. */
    @Bean
    @ConditionalOnBooleanProperty(name = RemoteScanProperties.ENABLED, havingValue = false, matchIfMissing = true)
    Step scanMailboxesStep(JobRepository jobRepository, Step scanMailboxWorkerStep, Partitioner mailboxPartitioner,
                           ImapProperties imap, ScanProgress scanProgress) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("imap-scan-");
        executor.setConcurrencyLimit(imap.threads());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setTaskExecutor(executor);
        handler.setStep(scanMailboxWorkerStep);
        handler.setGridSize(imap.threads());
        return new StepBuilder("scanMailboxesStep", jobRepository)
                .allowStartIfComplete(true)
                .listener(scanProgress)
                .partitioner("scanMailboxWorkerStep", mailboxPartitioner)
                .partitionHandler(handler)
                .build();
    }

    @Bean
    Step scanMailboxWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               JdbcCursorItemReader<String> mailboxReader,
                               ItemProcessor<String, ScannedMailbox> mailboxScanProcessor,
                               ItemWriter<ScannedMailbox> scanResultWriter, ExecutionOwners owners) {
        return new StepBuilder("scanMailboxWorkerStep", jobRepository)
                .<String, ScannedMailbox>chunk(10)
                .transactionManager(transactionManager)
                .transactionAttribute(readCommitted())
                .listener(owners.stepListener())
                .reader(mailboxReader)
                .processor(mailboxScanProcessor)
                .writer(scanResultWriter)
                .build();
    }

    /**
     * Partitions write watermarks and coverage rows of their own mailboxes only; at READ COMMITTED, whatever the pool's
     * isolation, InnoDB takes no gap lock for an update or delete that finds no row, so they never deadlock.
     */
    private static TransactionAttribute readCommitted() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return attribute;
    }

    /** Splits the scannable mailboxes, in address order, into one contiguous range per thread. */
    @Bean
    Partitioner mailboxPartitioner(RunDirectory directory) {
        return gridSize -> {
            List<String> addresses = scannable(directory.snapshot());
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            int size = Math.max(1, (addresses.size() + gridSize - 1) / gridSize);
            for (int start = 0, n = 0; start < addresses.size(); start += size, n++) {
                ExecutionContext context = new ExecutionContext();
                context.putString(FIRST_ADDRESS, addresses.get(start));
                context.putString(LAST_ADDRESS, addresses.get(Math.min(addresses.size(), start + size) - 1));
                partitions.put("mailboxes" + n, context);
            }
            return partitions;
        };
    }

    /**
     * The addresses of one partition not yet scanned by this job instance. The already-scanned filter is what makes a
     * restart resume, so the reader keeps no position of its own.
     */
    @Bean
    @StepScope
    JdbcCursorItemReader<String> mailboxReader(DataSource dataSource,
                                               @Value("#{stepExecutionContext['" + FIRST_ADDRESS + "']}") String first,
                                               @Value("#{stepExecutionContext['" + LAST_ADDRESS + "']}") String last,
                                               @Value("#{stepExecution.jobExecution.jobInstance.instanceId}")
                                               Long jobInstanceId) {
        return new JdbcCursorItemReaderBuilder<String>()
                .name("mailboxReader")
                .dataSource(dataSource)
                .sql("SELECT address FROM account WHERE " + SCANNABLE + " AND address BETWEEN ? AND ?"
                        + " AND address NOT IN (SELECT o.address FROM scan_outcome o"
                        + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = o.job_execution_id"
                        + " WHERE e.JOB_INSTANCE_ID = ? AND o.status = 'SCANNED') ORDER BY address")
                .queryArguments(first, last, jobInstanceId)
                .rowMapper((rs, n) -> rs.getString(1))
                .saveState(false)
                .build();
    }

    /** Closed, with the connections it kept open, when the step ends. */
    @Bean
    @StepScope
    HeaderReader mailboxHeaderReader(MailboxScanner scanner) {
        return scanner.headerReader();
    }

    @Bean
    @StepScope
    ItemProcessor<String, ScannedMailbox> mailboxScanProcessor(
            HeaderReader mailboxHeaderReader, WatermarkRepository watermarks, ObjectProvider<HeaderSink> headerSink,
            ImapProperties imap, ComplianceProperties settings, ScanProgress scanProgress, FailFast failFast,
            @Value("${compliance.personal-use.lookback:P365D}") Duration lookback,
            @Value("#{jobParameters['period']}") String period) {
        Instant asOf = EvaluationInstant.endOf(YearMonth.parse(period), settings.zone()).instant();
        Instant since = asOf.minus(lookback);
        HeaderSink sink = HeaderSink.all(headerSink.orderedStream().toList());
        ZoneId zone = settings.zone();
        return address -> {
            LocalDateTime startedAt = LocalDateTime.now(zone);
            MailboxScanException failure = null;
            for (int attempt = 1; attempt <= imap.retry().attempts(); attempt++) {
                try {
                    MailboxScan scan = mailboxHeaderReader.scanHeaders(address, watermarks.forMailbox(address),
                            since, asOf, sink);
                    ScanOutcome outcome = ScanOutcome.scanned(scan, attempt, startedAt, LocalDateTime.now(zone));
                    failFast.accepted();
                    scanProgress.done(outcome);
                    return new ScannedMailbox(outcome, scan);
                } catch (MailboxScanException e) {
                    failFast.check(e);
                    failure = e;
                    if (attempt < imap.retry().attempts()) {
                        Thread.sleep(imap.retry().backOff().multipliedBy(1L << (attempt - 1)).toMillis());
                    }
                }
            }
            ScanOutcome outcome = ScanOutcome.failed(address, failure.getMessage(), imap.retry().attempts(),
                    startedAt, LocalDateTime.now(zone));
            scanProgress.done(outcome);
            return new ScannedMailbox(outcome, null);
        };
    }

    @Bean
    @StepScope
    ItemWriter<ScannedMailbox> scanResultWriter(WatermarkRepository watermarks, CoverageRepository coverage,
                                                ComplianceProperties settings,
                                                @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return chunk -> chunk.forEach(scanned -> {
            if (scanned.scan() != null) {
                watermarks.save(scanned.outcome().address(), scanned.scan(), LocalDateTime.now(settings.zone()));
            }
            coverage.record(jobExecutionId, scanned.outcome());
        });
    }

    /** Fails the job when too many mailboxes could not be scanned, rather than report a half-read ministry. */
    @Bean
    Step verifyScanCoverageStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                CoverageRepository coverage, ImapProperties imap) {
        return new StepBuilder("verifyScanCoverageStep", jobRepository)
                .tasklet((contribution, context) -> {
                    StepExecution step = contribution.getStepExecution();
                    List<ScanOutcome> outcomes = coverage.forJobInstance(step.getJobExecution().getJobInstanceId());
                    List<ScanOutcome> failed = outcomes.stream()
                            .filter(o -> o.status() == ScanOutcome.Status.FAILED).toList();
                    if (!outcomes.isEmpty() && (double) failed.size() / outcomes.size() > imap.maxFailedShare()) {
                        throw new ScanCoverageException(failed, outcomes.size(), imap.maxFailedShare());
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** Reports every mailbox that could not be scanned as a SCAN_FAILED finding of the period. */
    @Bean
    Step recordScanFailuresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                CoverageRepository coverage, RunDirectory directory,
                                FindingRepository findings, Waivers waivers, ComplianceProperties settings) {
        return new StepBuilder("recordScanFailuresStep", jobRepository)
                .tasklet((contribution, context) -> {
                    StepExecution step = contribution.getStepExecution();
                    String period = step.getJobParameters().getString("period");
                    DirectorySnapshot snapshot = directory.snapshot();
                    LocalDateTime now = LocalDateTime.now(settings.zone());
                    List<Finding> failures = new ArrayList<>();
                    for (ScanOutcome outcome : coverage.forJobInstance(step.getJobExecution().getJobInstanceId())) {
                        if (outcome.status() == ScanOutcome.Status.FAILED) {
                            String unit = snapshot.account(outcome.address()).map(Account::unitCode).orElse(null);
                            failures.add(new Finding(outcome.address(), unit, FindingCode.SCAN_FAILED, "",
                                    new Details.ScanFailed(outcome.reason(), outcome.attempts()), now, now));
                        }
                    }
                    LocalDate asOf = LocalDate.now(EvaluationInstant.endOf(YearMonth.parse(period), settings.zone()));
                    findings.add(period, failures, step.getJobExecutionId(), waivers.waived(failures, asOf));
                    contribution.incrementWriteCount(failures.size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    static List<String> scannable(DirectorySnapshot snapshot) {
        return snapshot.accounts().stream()
                .filter(MailboxScanStepConfiguration::isScannable)
                .map(Account::address)
                .sorted()
                .toList();
    }

    static boolean isScannable(Account account) {
        return account.active() && account.kind() != vn.mailcompliance.directory.MailboxKind.GROUP;
    }

    /** One mailbox's outcome and, when it was scanned, the watermarks it reached. */
    record ScannedMailbox(ScanOutcome outcome, MailboxScan scan) {
    }
}
