package vn.mailcompliance.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.personaluse.EvidenceRepository;
import vn.mailcompliance.report.AuditReport;
import vn.mailcompliance.report.AuditWorkbookWriter;
import vn.mailcompliance.report.ExportTrail;
import vn.mailcompliance.sentmail.SentMailRepository;

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

    private static final Logger log = LoggerFactory.getLogger(AuditJobConfiguration.class);

    @Bean
    Job auditExportJob(JobRepository jobRepository, Step writeAuditWorkbookStep, ExecutionOwners owners) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(owners.jobListener())
                .start(writeAuditWorkbookStep)
                .build();
    }

    @Bean
    Step writeAuditWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ComplianceProperties settings, DirectoryRepository directory,
                                FindingRepository findings, EvidenceRepository evidence,
                                SentMailRepository sentMail, AuditWorkbookWriter writer, ExportTrail trail) {
        return new StepBuilder("writeAuditWorkbookStep", jobRepository)
                .tasklet((contribution, context) -> {
                    JobParameters parameters = contribution.getStepExecution().getJobParameters();
                    LocalDate from = LocalDate.parse(parameters.getString("from"));
                    LocalDate to = LocalDate.parse(parameters.getString("to"));
                    List<String> units = units(parameters.getString("units"));
                    DirectorySnapshot snapshot = directory.snapshot();
                    AuditReport report = new AuditReport(settings.organization().name(), from, to, units,
                            LocalDateTime.now(settings.zone()), settings.zone(), snapshot.units(),
                            snapshot.accounts(), () -> findings.streamForRange(from, to, units),
                            () -> evidence.streamBetween(from, to, units), trail.all(),
                            () -> sentMail.streamToFreeWebmail(from, to, units), months(findings, from, to, units));
                    Path workbook = writer.write(report);
                    trail.record("audit", from, to, units, workbook);
                    contribution.getStepExecution().getJobExecution().getExecutionContext()
                            .putString(REPORT_PATH_KEY, workbook.toString());
                    log.info("Audit workbook written: {}", workbook);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
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

    /** Every month the range touches, whole or not, with its monthly report's count of the units' findings. */
    private static List<AuditReport.Month> months(FindingRepository findings, LocalDate from, LocalDate to,
                                                  List<String> units) {
        List<AuditReport.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            boolean whole = !from.isAfter(month.atDay(1)) && !to.isBefore(month.atEndOfMonth());
            months.add(new AuditReport.Month(month.toString(), whole, findings.countInPeriod(month.toString(), units)));
        }
        return months;
    }

    private static List<String> units(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
