package vn.mailcompliance.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
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

import vn.mailcompliance.backlog.UnitMailboxMonths;
import vn.mailcompliance.check.AccountCheck;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.AccountScope;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySync;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.finding.Waivers;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.FailFast;
import vn.mailcompliance.imap.HeaderKeeper;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.MailboxAccess;
import vn.mailcompliance.imap.MailboxScanner;
import vn.mailcompliance.imap.WatermarkRepository;
import vn.mailcompliance.personaluse.EvidenceRepository;
import vn.mailcompliance.personaluse.PersonalUseProperties;
import vn.mailcompliance.sentmail.SentMailRepository;
import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.sieve.SieveRepository;
import vn.mailcompliance.sieve.SieveRuleReader;

/**
 * The monthly compliance job, wired: synchronise the directory, scan the mailboxes (every scanned mailbox read
 * incrementally over IMAP in partitions of contiguous address ranges), verify the scan's coverage, store the sent-mail
 * figures and read the Sieve rules, evaluate every check as of the run's {@link Evaluation}, store the findings (those
 * an approved exception covers marked waived), write and deliver the leadership workbook and purge expired personal
 * data. One job instance per period: a completed period is not run twice, a failed one restarts at the step that
 * failed, and its scan reads only the mailboxes no execution of the instance has scanned.
 */
@Configuration
class MonthlyJobConfiguration {

    static final String JOB_NAME = "monthlyComplianceJob";

    /** Where the job execution records the workbook it wrote, for the command line to print. */
    static final String REPORT_PATH_KEY = "report.path";

    private static final Logger log = LoggerFactory.getLogger(MonthlyJobConfiguration.class);

    @Bean
    Job monthlyComplianceJob(JobRepository jobRepository, Step syncDirectoryStep, Step scanMailboxesStep,
                             Step mailboxScanDisabledStep, ScanProperties scan,
                             Step verifyScanCoverageStep, Step summarizeSentMailStep, Step readSieveRulesStep,
                             Step evaluateDirectoryChecksStep,
                             Step evaluateAccountChecksStep, Step recordScanFailuresStep,
                             Step writeMonthlyReportStep, Step deliverReportStep, Step purgeExpiredDataStep,
                             ExecutionOwners owners) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(owners.jobListener())
                .start(syncDirectoryStep)
                .next(scan.enabled() ? scanMailboxesStep : mailboxScanDisabledStep)
                .next(verifyScanCoverageStep)
                .next(summarizeSentMailStep)
                .next(readSieveRulesStep)
                .next(evaluateDirectoryChecksStep)
                .next(evaluateAccountChecksStep)
                .next(recordScanFailuresStep)
                .next(writeMonthlyReportStep)
                .next(deliverReportStep)
                .next(purgeExpiredDataStep)
                .build();
    }

    @Bean
    Step syncDirectoryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           DirectorySync directorySync, ComplianceProperties settings) {
        return new StepBuilder("syncDirectoryStep", jobRepository)
                .tasklet((contribution, context) -> {
                    directorySync.synchronize(contribution.getStepExecution().getJobExecutionId(),
                            LocalDateTime.now(settings.zone()));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** On this machine's threads; {@link RemoteScanConfiguration} replaces it when the scan is remote. */
    @Bean
    @ConditionalOnBooleanProperty(name = RemoteScanProperties.ENABLED, havingValue = false, matchIfMissing = true)
    Step scanMailboxesStep(JobRepository jobRepository, Step scanMailboxWorkerStep,
                           MailboxPartitioner mailboxPartitioner, ImapProperties imap, ScanProgress scanProgress) {
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
                               ItemStreamReader<Account> mailboxReader,
                               ItemProcessor<Account, ScannedMailbox> mailboxScanProcessor,
                               ScanEvidenceWriter scanEvidenceWriter, ItemWriter<ScannedMailbox> scanResultWriter,
                               ExecutionOwners owners) {
        return new StepBuilder("scanMailboxWorkerStep", jobRepository)
                .<Account, ScannedMailbox>chunk(10)
                .transactionManager(transactionManager)
                .transactionAttribute(readCommitted())
                .listener(owners.stepListener())
                .reader(mailboxReader)
                .processor(mailboxScanProcessor)
                .writer(new CompositeItemWriter<>(List.of(scanEvidenceWriter, scanResultWriter)))
                .build();
    }

    /** In place of the scan with {@code compliance.scan.enabled=false}: no IMAP server is contacted. */
    @Bean
    Step mailboxScanDisabledStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("mailboxScanDisabledStep", jobRepository)
                .tasklet((contribution, context) -> {
                    log.info("Mailbox scan disabled ({}=false): directory checks only, no mailbox is read",
                            ScanProperties.ENABLED);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step verifyScanCoverageStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ScanCoverageTasklet scanCoverageTasklet) {
        return new StepBuilder("verifyScanCoverageStep", jobRepository)
                .tasklet(scanCoverageTasklet, transactionManager)
                .build();
    }

    /** The period's sent-mail figures per mailbox, once the scan has read the sent folders (article 16). */
    @Bean
    Step summarizeSentMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               SentMailRepository sentMail, Evaluation evaluation) {
        return new StepBuilder("summarizeSentMailStep", jobRepository)
                .tasklet((contribution, context) -> {
                    contribution.incrementWriteCount(sentMail.summarize(evaluation.period(), evaluation.instant()));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step readSieveRulesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            SieveRuleTasklet sieveRuleTasklet) {
        return new StepBuilder("readSieveRulesStep", jobRepository)
                .tasklet(sieveRuleTasklet, transactionManager)
                .build();
    }

    @Bean
    Step evaluateDirectoryChecksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     DirectoryCheckTasklet directoryCheckTasklet) {
        return new StepBuilder("evaluateDirectoryChecksStep", jobRepository)
                .tasklet(directoryCheckTasklet, transactionManager)
                .build();
    }

    @Bean
    Step evaluateAccountChecksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ItemStreamReader<Account> accountReader,
                                   ItemProcessor<Account, List<Finding>> accountCheckProcessor,
                                   FindingWriter findingWriter) {
        return new StepBuilder("evaluateAccountChecksStep", jobRepository)
                .<Account, List<Finding>>chunk(200)
                .transactionManager(transactionManager)
                .reader(accountReader)
                .processor(accountCheckProcessor)
                .writer(findingWriter)
                .build();
    }

    @Bean
    Step recordScanFailuresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ScanFailureTasklet scanFailureTasklet) {
        return new StepBuilder("recordScanFailuresStep", jobRepository)
                .tasklet(scanFailureTasklet, transactionManager)
                .build();
    }

    @Bean
    Step writeMonthlyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                MonthlyReportTasklet monthlyReportTasklet) {
        return new StepBuilder("writeMonthlyReportStep", jobRepository)
                .tasklet(monthlyReportTasklet, transactionManager)
                .build();
    }

    @Bean
    Step deliverReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ReportDeliveryTasklet reportDeliveryTasklet) {
        return new StepBuilder("deliverReportStep", jobRepository)
                .tasklet(reportDeliveryTasklet, transactionManager)
                .build();
    }

    /**
     * Deletes personal data past {@code compliance.retention} (never of the period reported), after the report is
     * written and delivered; the counts are logged and kept as the step's write count.
     */
    @Bean
    Step purgeExpiredDataStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              RetentionPurge purge, Evaluation evaluation) {
        return new StepBuilder("purgeExpiredDataStep", jobRepository)
                .tasklet((contribution, context) -> {
                    contribution.incrementWriteCount(purge.purge(evaluation.period()).total());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /**
     * The scanned mailboxes of one partition not yet scanned by this job instance. The already-scanned filter is what
     * makes a restart resume, so the reader keeps no position of its own.
     */
    @Bean
    @StepScope
    ItemStreamReader<Account> mailboxReader(
            DirectoryRepository directory, CoverageRepository coverage,
            @Value("#{stepExecutionContext['" + MailboxPartitioner.FIRST_ADDRESS + "']}") String first,
            @Value("#{stepExecutionContext['" + MailboxPartitioner.LAST_ADDRESS + "']}") String last,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId) {
        return directory.accountReader("mailboxReader",
                AccountScope.scannedBetween(first, last, coverage.scannedInInstance(jobInstanceId)));
    }

    /** The run's directory, in address order; a restart goes on after the accounts already checked. */
    @Bean
    @StepScope
    ItemStreamReader<Account> accountReader(Evaluation evaluation) {
        return new AccountReader(evaluation.directory().accounts().stream()
                .sorted(Comparator.comparing(Account::address)).toList());
    }

    /** Closed, with the connections it kept open, when the step ends. */
    @Bean
    @StepScope
    MailboxAccess mailboxScanAccess(MailboxScanner scanner) {
        return scanner.access();
    }

    @Bean
    @StepScope
    ItemProcessor<Account, ScannedMailbox> mailboxScanProcessor(
            MailboxAccess mailboxScanAccess, WatermarkRepository watermarks, ObjectProvider<HeaderKeeper> keepers,
            ImapProperties imap, PersonalUseProperties personalUse, ComplianceProperties settings,
            ScanProgress scanProgress, FailFast failFast,
            @Value("#{stepExecutionContext['" + MailboxPartitioner.EVALUATED_AT + "']}") String evaluatedAt) {
        Instant asOf = Instant.parse(evaluatedAt);
        return new MailboxScanProcessor(mailboxScanAccess, watermarks, keepers.orderedStream().toList(),
                imap.retry(), scanProgress, failFast, asOf.minus(personalUse.lookback()), asOf, settings.zone());
    }

    @Bean
    @StepScope
    ItemProcessor<Account, List<Finding>> accountCheckProcessor(
            Evaluation evaluation, List<AccountCheck> checks, Policy policy, UnitMailboxMonths unitMailboxMonths,
            EvidenceRepository evidence, SentMailRepository sentMail, SieveRepository sieve,
            SieveRuleReader sieveRules, CoverageRepository coverage) {
        return new AccountCheckProcessor(evaluation, checks, policy, unitMailboxMonths, evidence, sentMail, sieve,
                sieveRules.enabled(), coverage);
    }

    @Bean
    @StepScope
    ItemWriter<ScannedMailbox> scanResultWriter(WatermarkRepository watermarks, CoverageRepository coverage,
                                                ComplianceProperties settings,
                                                @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return new ScanResultWriter(watermarks, coverage, settings.zone(), jobExecutionId);
    }

    /** Also used by the tasklets that store findings of the whole directory and of failed scans. */
    @Bean
    @JobScope
    FindingWriter findingWriter(FindingRepository findings, Waivers waivers, Evaluation evaluation,
                                @Value("#{jobExecution.id}") Long jobExecutionId) {
        return new FindingWriter(findings, waivers, evaluation, jobExecutionId);
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
}
