package vn.mailcompliance.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

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
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
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
import vn.mailcompliance.delivery.ReportMailer;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.DirectorySync;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.finding.Waivers;
import vn.mailcompliance.personaluse.EvidenceRepository;
import vn.mailcompliance.report.MonthlyLetters;
import vn.mailcompliance.report.MonthlyReport;
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
                             Step verifyScanCoverageStep, Step evaluateDirectoryChecksStep,
                             Step evaluateAccountChecksStep, Step recordScanFailuresStep,
                             Step writeMonthlyReportStep, Step deliverReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(syncDirectoryStep)
                .next(scanMailboxesStep)
                .next(verifyScanCoverageStep)
                .next(evaluateDirectoryChecksStep)
                .next(evaluateAccountChecksStep)
                .next(recordScanFailuresStep)
                .next(writeMonthlyReportStep)
                .next(deliverReportStep)
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

    @Bean
    @JobScope
    Step evaluateDirectoryChecksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     DirectoryRepository directory, List<DirectoryCheck> checks, Policy policy,
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
                                   JdbcCursorItemReader<Account> accountReader,
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
                                MonthlyReportAssembler assembler, MonthlyWorkbookWriter writer) {
        return new StepBuilder("writeMonthlyReportStep", jobRepository)
                .tasklet((contribution, context) -> {
                    MonthlyReport report = assembler.assemble(contribution.getStepExecution().getJobExecution());
                    Path workbook = writer.write(report);
                    contribution.getStepExecution().getJobExecution().getExecutionContext()
                            .putString(REPORT_PATH_KEY, workbook.toString());
                    log.info("Monthly workbook written: {}", workbook);
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

    @Bean
    @StepScope
    JdbcCursorItemReader<Account> accountReader(DataSource dataSource) {
        return new JdbcCursorItemReaderBuilder<Account>()
                .name("accountReader")
                .dataSource(dataSource)
                .sql("SELECT * FROM account WHERE gone_at IS NULL ORDER BY address")
                .rowMapper(DirectoryRepository.accountRowMapper())
                .build();
    }

    @Bean
    @StepScope
    ItemProcessor<Account, List<Finding>> accountCheckProcessor(DirectoryRepository directory,
                                                                EvidenceRepository evidence,
                                                                List<AccountCheck> checks, Policy policy,
                                                                ComplianceProperties settings,
                                                                UnitMailboxMonths unitMailboxMonths,
                                                                @Value("#{jobParameters['period']}") String period) {
        Clock evaluationClock = evaluationClock(settings, period);
        DirectorySnapshot directorySnapshot = directory.snapshot();
        Map<String, UnitMailboxMonth> months = unitMailboxMonths.ofUnitMailboxes(YearMonth.parse(period),
                LocalDate.now(evaluationClock), directorySnapshot);
        return account -> {
            AccountSnapshot snapshot = new AccountSnapshot(directorySnapshot, months,
                    account.kind() == MailboxKind.GROUP
                            ? List.of() : evidence.forMailbox(account.address(), evaluationClock.instant()));
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
        return chunk -> chunk.forEach(found ->
                findings.add(period, found, jobExecutionId, waivers.waived(found, LocalDate.now(evaluationClock))));
    }

    /** The instant the period is evaluated as of (not a job-scoped bean: java.time.Clock cannot be proxied). */
    static Clock evaluationClock(ComplianceProperties settings, String period) {
        return EvaluationInstant.endOf(YearMonth.parse(period), settings.zone());
    }
}
