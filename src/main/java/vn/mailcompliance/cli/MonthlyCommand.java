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
import vn.mailcompliance.report.WorkbookLanguage;

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
            Path workbook = reports.monthlyWorkbook(period);
            out.println("Period " + period + " was already evaluated. Report: " + workbook.toAbsolutePath());
            WorkbookLanguage.of(workbook)
                    .filter(written -> !written.getLanguage().equals(reports.locale().getLanguage()))
                    .ifPresent(written -> out.println("compliance.report.locale=" + reports.locale().getLanguage()
                            + " was not applied: that workbook was written in " + written.getLanguage()
                            + " when the period completed, and a completed period is never evaluated again."));
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
