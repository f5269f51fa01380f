package vn.mailcompliance.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.personaluse.EvidenceRepository;
import vn.mailcompliance.report.AuditReport;
import vn.mailcompliance.report.AuditWorkbookWriter;
import vn.mailcompliance.report.ExportTrail;
import vn.mailcompliance.sentmail.SentMailRepository;
import vn.mailcompliance.settings.ComplianceProperties;

/**
 * Writes the audit export of the job's range and units: findings, evidence and mail to free webmail streamed from the
 * database, with each month's count for the reconciliation; records the export in the access trail and keeps its path
 * in the job execution for the command line to print.
 */
@Component
class AuditWorkbookTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AuditWorkbookTasklet.class);

    private final ComplianceProperties settings;
    private final DirectoryRepository directory;
    private final FindingRepository findings;
    private final EvidenceRepository evidence;
    private final SentMailRepository sentMail;
    private final AuditWorkbookWriter writer;
    private final ExportTrail trail;

    AuditWorkbookTasklet(ComplianceProperties settings, DirectoryRepository directory, FindingRepository findings,
                         EvidenceRepository evidence, SentMailRepository sentMail, AuditWorkbookWriter writer,
                         ExportTrail trail) {
        this.settings = settings;
        this.directory = directory;
        this.findings = findings;
        this.evidence = evidence;
        this.sentMail = sentMail;
        this.writer = writer;
        this.trail = trail;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobParameters parameters = contribution.getStepExecution().getJobParameters();
        LocalDate from = LocalDate.parse(parameters.getString("from"));
        LocalDate to = LocalDate.parse(parameters.getString("to"));
        List<String> units = units(parameters.getString("units"));
        DirectorySnapshot snapshot = directory.snapshot();
        AuditReport report = new AuditReport(settings.organization().name(), from, to, units,
                LocalDateTime.now(settings.zone()), settings.zone(), snapshot.units(),
                snapshot.accounts(), () -> findings.streamForRange(from, to, units),
                () -> evidence.streamBetween(from, to, units), trail.all(),
                () -> sentMail.streamToFreeWebmail(from, to, units), months(from, to, units));
        Path workbook = writer.write(report);
        trail.record("audit", from, to, units, workbook);
        contribution.getStepExecution().getJobExecution().getExecutionContext()
                .putString(AuditJobConfiguration.REPORT_PATH_KEY, workbook.toString());
        log.info("Audit workbook written: {}", workbook);
        return RepeatStatus.FINISHED;
    }

    /** Every month the range touches, whole or not, with its monthly report's count of the units' findings. */
    private List<AuditReport.Month> months(LocalDate from, LocalDate to, List<String> units) {
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
