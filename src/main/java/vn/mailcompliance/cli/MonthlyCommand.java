package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;

import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.job.Jobs;
import vn.mailcompliance.report.ReportProperties;

/** {@code monthly [--period YYYY-MM]}: one job instance per period; a completed period prints its report again. */
@Component
class MonthlyCommand {

    private final JobLaunch launch;
    private final ReportProperties reports;
    private final FindingRepository findings;

    MonthlyCommand(JobLaunch launch, ReportProperties reports, FindingRepository findings) {
        this.launch = launch;
        this.reports = reports;
        this.findings = findings;
    }

    int run(YearMonth period, PrintStream out, PrintStream err) {
        JobExecution execution;
        try {
            execution = launch.run(Jobs.MONTHLY,
                    new JobParametersBuilder().addString("period", period.toString()).toJobParameters());
        } catch (JobInstanceAlreadyCompleteException e) {
            out.println("Period " + period + " was already evaluated. Report: "
                    + reports.monthlyWorkbook(period).toAbsolutePath());
            return CommandLine.DONE;
        }
        if (!JobLaunch.completed(execution)) {
            return JobLaunch.reportFailure(execution, err);
        }
        printSummary(period, out);
        out.println("Report: " + Path.of(execution.getExecutionContext().getString(Jobs.MONTHLY_REPORT_PATH,
                reports.monthlyWorkbook(period).toString())).toAbsolutePath());
        return CommandLine.DONE;
    }

    private void printSummary(YearMonth period, PrintStream out) {
        Map<FindingCode, Integer> counts = findings.countByCode(period.toString());
        out.println("Findings for " + period + " (waived ones not counted):");
        for (FindingCode code : FindingCode.values()) {
            out.printf("  %-28s %6d%n", code, counts.getOrDefault(code, 0));
        }
    }
}
