package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;

import vn.mailcompliance.job.Jobs;
import vn.mailcompliance.report.ReportProperties;

/** {@code audit --from --to [--unit CODE ...]}: a new export each time it runs. */
@Component
class AuditCommand {

    private final JobLaunch launch;
    private final ReportProperties reports;

    AuditCommand(JobLaunch launch, ReportProperties reports) {
        this.launch = launch;
        this.reports = reports;
    }

    int run(LocalDate from, LocalDate to, List<String> units, Instant now, PrintStream out, PrintStream err)
            throws JobInstanceAlreadyCompleteException {
        List<String> unitCodes = units.stream()
                .flatMap(unit -> Arrays.stream(unit.split(",")))
                .map(String::trim)
                .filter(unit -> !unit.isEmpty())
                .toList();
        JobExecution execution = launch.run(Jobs.AUDIT, Jobs.auditParameters(from, to, unitCodes, now));
        if (!JobLaunch.completed(execution)) {
            return JobLaunch.reportFailure(execution, err);
        }
        out.println("Report: " + execution.getExecutionContext().getString(Jobs.AUDIT_REPORT_PATH,
                reports.auditWorkbook(from, to).toAbsolutePath().toString()));
        return CommandLine.DONE;
    }
}
