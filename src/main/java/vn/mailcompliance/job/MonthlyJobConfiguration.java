package vn.mailcompliance.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.backlog.UnitMailboxMonths;
import vn.mailcompliance.check.AccountCheck;
import vn.mailcompliance.check.AccountSnapshot;
import vn.mailcompliance.check.DirectoryCheck;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.DirectorySync;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.report.MonthlyReport;
import vn.mailcompliance.report.MonthlyReport.CoverageRow;
import vn.mailcompliance.report.MonthlyReport.RunMetadata;
import vn.mailcompliance.report.MonthlyWorkbookWriter;

/**
 * The monthly compliance job: synchronise the directory, evaluate every check as of the last instant of the period,
 * store the findings and write the leadership workbook. One job instance per period: a completed period is not run
 * twice, a failed one restarts at the step that failed.
 */
@Configuration
class MonthlyJobConfiguration {

    static final String JOB_NAME = "monthlyComplianceJob";

    /** Where the job execution records the workbook it wrote, for the command line to print. */
    static final String REPORT_PATH_KEY = "report.path";

    private static final Logger log = LoggerFactory.getLogger(MonthlyJobConfiguration.class);

    @Bean
    Job monthlyComplianceJob(JobRepository jobRepository, Step syncDirectoryStep, Step evaluateDirectoryChecksStep,
                             Step evaluateAccountChecksStep, Step writeMonthlyReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(syncDirectoryStep)
                .next(evaluateDirectoryChecksStep)
                .next(evaluateAccountChecksStep)
                .next(writeMonthlyReportStep)
                .build();
    }

    @Bean
    @JobScope
    Step syncDirectoryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           DirectorySync directorySync, Clock evaluationClock) {
        return new StepBuilder("syncDirectoryStep", jobRepository)
                .tasklet((contribution, context) -> {
                    StepExecution step = contribution.getStepExecution();
                    directorySync.synchronize(step.getJobExecutionId(), LocalDateTime.now(evaluationClock));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    @JobScope
    Step evaluateDirectoryChecksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     DirectoryRepository directory, List<DirectoryCheck> checks, Policy policy,
                                     FindingRepository findings, Clock evaluationClock,
                                     @Value("#{jobParameters['period']}") String period) {
        return new StepBuilder("evaluateDirectoryChecksStep", jobRepository)
                .tasklet((contribution, context) -> {
                    DirectorySnapshot snapshot = directory.snapshot();
                    findings.clearPeriod(period);
                    List<Finding> found = new ArrayList<>();
                    checks.forEach(check -> found.addAll(check.check(snapshot, policy, evaluationClock)));
                    findings.add(period, found, contribution.getStepExecution().getJobExecutionId());
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
                                                                List<AccountCheck> checks, Policy policy,
                                                                Clock evaluationClock,
                                                                UnitMailboxMonths unitMailboxMonths,
                                                                @Value("#{jobParameters['period']}") String period) {
        DirectorySnapshot directorySnapshot = directory.snapshot();
        AccountSnapshot snapshot = new AccountSnapshot(directorySnapshot, unitMailboxMonths.ofUnitMailboxes(
                YearMonth.parse(period), LocalDate.now(evaluationClock), directorySnapshot));
        return account -> {
            List<Finding> found = new ArrayList<>();
            checks.forEach(check -> found.addAll(check.check(account, snapshot, policy, evaluationClock)));
            return found.isEmpty() ? null : found;
        };
    }

    @Bean
    @StepScope
    ItemWriter<List<Finding>> findingWriter(FindingRepository findings,
                                            @Value("#{jobParameters['period']}") String period,
                                            @Value("#{stepExecution.jobExecutionId}") Long jobExecutionId) {
        return chunk -> chunk.forEach(found -> findings.add(period, found, jobExecutionId));
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

    /** Job-scoped without a proxy (a JDK class cannot be subclassed): only job- and step-scoped beans take it. */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    Clock evaluationClock(ComplianceProperties settings, @Value("#{jobParameters['period']}") String period) {
        return EvaluationInstant.endOf(YearMonth.parse(period), settings.zone(), Clock.system(settings.zone()));
    }
}
