package vn.mailcompliance.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit export job: every finding seen in a date range, optionally of some units, with its evidence, and the
 * personal-use evidence of the range, streamed into one workbook. Each run is its own job instance ({@code run.at}), so a range can be exported again after more
 * findings were stored.
 */
@Configuration
class AuditJobConfiguration {

    static final String JOB_NAME = "auditExportJob";

    /** Where the job execution records the workbook it wrote, for the command line to print. */
    static final String REPORT_PATH_KEY = "report.path";

    @Bean
    Job auditExportJob(JobRepository jobRepository, Step writeAuditWorkbookStep, ExecutionOwners owners) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(owners.jobListener())
                .start(writeAuditWorkbookStep)
                .build();
    }

    @Bean
    Step writeAuditWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                AuditWorkbookTasklet auditWorkbookTasklet) {
        return new StepBuilder("writeAuditWorkbookStep", jobRepository)
                .tasklet(auditWorkbookTasklet, transactionManager)
                .build();
    }

    /** The identifying parameters of one export: the range, the units (sorted, comma-joined) and the run time. */
    static JobParameters parameters(LocalDate from, LocalDate to, Collection<String> units, Instant runAt) {
        return new JobParametersBuilder()
                .addString("from", from.toString())
                .addString("to", to.toString())
                .addString("units", String.join(",", units.stream().sorted().distinct().toList()))
                .addString("run.at", runAt.toString())
                .toJobParameters();
    }
}
