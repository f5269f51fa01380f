package vn.mailcompliance.job;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.backlog.UnitMailboxMonth;
import vn.mailcompliance.backlog.UnitMailboxMonths;
import vn.mailcompliance.check.AccountCheck;
import vn.mailcompliance.check.AccountSnapshot;
import vn.mailcompliance.check.DirectoryCheck;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.check.SentMail;
import vn.mailcompliance.delivery.ReportMailer;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.DirectorySync;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.finding.Waivers;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.personaluse.EvidenceRepository;
import vn.mailcompliance.report.ExportTrail;
import vn.mailcompliance.report.MonthlyLetters;
import vn.mailcompliance.report.MonthlyReport;
import vn.mailcompliance.report.MonthlyWorkbooks;
import vn.mailcompliance.sentmail.SentMailRepository;
import vn.mailcompliance.sieve.SieveRepository;
import vn.mailcompliance.report.MonthlyWorkbookWriter;

/**
 * The monthly compliance job: synchronise the directory, scan the mailboxes, evaluate every check as of the last
 * instant of the period, store the findings (those an approved exception covers marked waived) and write the
 * leadership workbook. One job instance per period: a completed period is not run
 * twice, a failed one restarts at the step that failed.
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
                    StepExecution step = contribution.getStepExecution();
                    directorySync.synchronize(step.getJobExecutionId(), LocalDateTime.now(settings.zone()));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
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
    @JobScope
    Step evaluateDirectoryChecksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     RunDirectory directory, List<DirectoryCheck> checks, Policy policy,
                                     FindingRepository findings, Waivers waivers, ComplianceProperties settings,
                                     @Value("#{jobParameters['period']}") String period) {
        Clock evaluationClock = evaluationClock(settings, period);
        return new StepBuilder("evaluateDirectoryChecksStep", jobRepository)
                .tasklet((contribution, context) -> {
                    DirectorySnapshot snapshot = directory.snapshot();
                    findings.clearPeriod(period);
                    findings.replaceWaivers(waivers.all());
                    List<Finding> found = new ArrayList<>();
                    checks.forEach(check -> found.addAll(check.check(snapshot, policy, evaluationClock)));
                    findings.add(period, found, contribution.getStepExecution().getJobExecutionId(),
                            waivers.waived(found, LocalDate.now(evaluationClock)));
                    contribution.incrementWriteCount(found.size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step evaluateAccountChecksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   ItemStreamReader<Account> accountReader,
                                   ItemProcessor<Account, List<Finding>> accountCheckProcessor,
                                   ItemWriter<List<Finding>> findingWriter) {
        return new StepBuilder("evaluateAccountChecksStep", jobRepository)
                .<Account, List<Finding>>chunk(200)
                .transactionManager(transactionManager)
                .reader(accountReader)
                .processor(accountCheckProcessor)
                .writer(findingWriter)
                .build();
    }

    @Bean
    Step writeMonthlyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                MonthlyReportAssembler assembler, MonthlyWorkbookWriter writer,
                                RunDirectory directory, ExportTrail trail) {
        return new StepBuilder("writeMonthlyReportStep", jobRepository)
                .tasklet((contribution, context) -> {
                    MonthlyReport report = assembler.assemble(contribution.getStepExecution().getJobExecution(),
                            directory.snapshot());
                    MonthlyWorkbooks workbooks = writer.write(report);
                    LocalDate from = report.period().atDay(1);
                    LocalDate to = report.period().atEndOfMonth();
                    trail.record("monthly", from, to, List.of(), workbooks.organisation());
                    workbooks.units().forEach((unit, file) -> trail.record("unit", from, to, List.of(unit), file));
                    contribution.getStepExecution().getJobExecution().getExecutionContext()
                            .putString(REPORT_PATH_KEY, workbooks.organisation().toString());
                    log.info("Monthly workbook written: {} (and {} unit workbooks)", workbooks.organisation(),
                            workbooks.units().size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step deliverReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ReportMailer mailer, MonthlyLetters letters, DirectoryRepository directory,
                           ComplianceProperties settings) {
        return new StepBuilder("deliverReportStep", jobRepository)
                .tasklet((contribution, context) -> {
                    var execution = contribution.getStepExecution().getJobExecution();
                    YearMonth period = YearMonth.parse(execution.getJobParameters().getString("period"));
                    String organization = settings.organization().name();
                    mailer.deliver(letters.leadership(organization, period),
                                    letters.units(organization, period, directory.snapshot().units()))
                            .ifPresent(reason -> log.info("Monthly workbook not mailed: {}", reason));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /**
     * Deletes personal data past {@code compliance.retention} (never of the period reported), after the report is
     * written and delivered; the counts are logged and kept as the step's write count.
     */
    @Bean
    Step purgeExpiredDataStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              RetentionPurge purge) {
        return new StepBuilder("purgeExpiredDataStep", jobRepository)
                .tasklet((contribution, context) -> {
                    YearMonth period = YearMonth.parse(
                            contribution.getStepExecution().getJobParameters().getString("period"));
                    contribution.incrementWriteCount(purge.purge(period).total());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** The run's directory, in address order; a restart goes on after the accounts already checked. */
    @Bean
    @StepScope
    ItemStreamReader<Account> accountReader(RunDirectory directory) {
        return new AccountReader(directory.snapshot().accounts().stream()
                .sorted(Comparator.comparing(Account::address)).toList());
    }

    @Bean
    @StepScope
    ItemProcessor<Account, List<Finding>> accountCheckProcessor(RunDirectory directory,
                                                                EvidenceRepository evidence,
                                                                List<AccountCheck> checks, Policy policy,
                                                                ComplianceProperties settings,
                                                                UnitMailboxMonths unitMailboxMonths,
                                                                CoverageRepository coverage,
                                                                SentMailRepository sentMail, SieveRepository sieve,
                                                                @Value("#{jobParameters['period']}") String period) {
        Clock evaluationClock = evaluationClock(settings, period);
        DirectorySnapshot directorySnapshot = directory.snapshot();
        Map<String, UnitMailboxMonth> months = unitMailboxMonths.ofUnitMailboxes(YearMonth.parse(period),
                LocalDate.now(evaluationClock), directorySnapshot);
        Set<String> withEvidence = evidence.mailboxesWithEvidence(evaluationClock.instant());
        return account -> {
            boolean group = account.kind() == MailboxKind.GROUP;
            AccountSnapshot snapshot = new AccountSnapshot(directorySnapshot, months,
                    group || !withEvidence.contains(account.address())
                            ? List.of() : evidence.forMailbox(account.address(), evaluationClock.instant()),
                    group ? SentMail.NONE
                            : sentMail.forMailbox(account.address(), YearMonth.parse(period), evaluationClock.instant()),
                    group ? List.of() : sieve.redirectsOf(account.address()),
                    lastLoginByAuditor(account, coverage));
            List<Finding> found = new ArrayList<>();
            checks.forEach(check -> found.addAll(check.check(account, snapshot, policy, evaluationClock)));
            return found.isEmpty() ? null : found;
        };
    }

    @Bean
    @StepScope
    ItemWriter<List<Finding>> findingWriter(FindingRepository findings, Waivers waivers,
                                            ComplianceProperties settings,
                                            @Value("#{jobParameters['period']}") String period,
                                            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        Clock evaluationClock = evaluationClock(settings, period);
        return chunk -> {
            List<Finding> found = chunk.getItems().stream().flatMap(List::stream).toList();
            findings.add(period, found, jobExecutionId, waivers.waived(found, LocalDate.now(evaluationClock)));
        };
    }

    /**
     * Whether a leaver's last login is one of the product's own scans (checked for leavers only, whose mailboxes the
     * scan still reads; two minutes either side absorb the clocks of the two machines).
     */
    private static boolean lastLoginByAuditor(Account account, CoverageRepository coverage) {
        return account.leftOn() != null && account.lastLoginAt() != null
                && coverage.scannedAround(account.address(), account.lastLoginAt(), Duration.ofMinutes(2));
    }

    /** The instant the period is evaluated as of (not a job-scoped bean: java.time.Clock cannot be proxied). */
    static Clock evaluationClock(ComplianceProperties settings, String period) {
        return EvaluationInstant.endOf(YearMonth.parse(period), settings.zone());
    }
}
