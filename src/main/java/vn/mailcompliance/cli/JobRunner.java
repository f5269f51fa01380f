package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.backlog.UnitMailboxSnapshot;
import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.directory.DirectoryRead.Rejection;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.job.Jobs;
import vn.mailcompliance.report.ReportProperties;

/** Starts the job a command names and turns its outcome into the exit status of DESIGN §4. */
@Component
class JobRunner {

    private final ApplicationContext context;
    private final JobOperator jobOperator;
    private final ComplianceProperties settings;
    private final ReportProperties reports;
    private final FindingRepository findings;
    private final DirectoryRepository directory;
    private final WorkingCalendar calendar;
    private final SnapshotRepository snapshots;
    private final CoverageRepository coverage;

    JobRunner(ApplicationContext context, JobOperator jobOperator, ComplianceProperties settings,
              ReportProperties reports, FindingRepository findings, DirectoryRepository directory,
              WorkingCalendar calendar, SnapshotRepository snapshots, CoverageRepository coverage) {
        this.directory = directory;
        this.context = context;
        this.jobOperator = jobOperator;
        this.settings = settings;
        this.reports = reports;
        this.findings = findings;
        this.calendar = calendar;
        this.snapshots = snapshots;
        this.coverage = coverage;
    }

    int run(Invocation invocation, PrintStream out, PrintStream err) {
        Clock clock = Clock.system(settings.zone());
        return switch (invocation.command()) {
            case DEMO, MONTHLY -> monthly(invocation.period(YearMonth.now(clock).minusMonths(1)), out, err);
            case SYNC -> sync(out, err);
            case DAILY -> daily(invocation.date("date", LocalDate.now(clock)), invocation.flag("replace"), out, err);
            case AUDIT -> audit(invocation.date("from", null), invocation.date("to", null), invocation.all("unit"),
                    clock, out, err);
            default -> throw new UsageException("Command '" + invocation.command().word()
                    + "' is not available in this build.");
        };
    }

    private int monthly(YearMonth period, PrintStream out, PrintStream err) {
        JobParameters parameters = new JobParametersBuilder().addString("period", period.toString()).toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(context.getBean(Jobs.MONTHLY, Job.class), parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            out.println("Period " + period + " was already evaluated. Report: "
                    + reports.monthlyWorkbook(period).toAbsolutePath());
            return CommandLine.DONE;
        } catch (Exception e) {
            err.println("The monthly job for " + period + " could not start: " + Secrets.redact(e.getMessage()));
            return CommandLine.FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(execution, err);
        }
        printSummary(period, out);
        out.println("Report: " + java.nio.file.Path.of(execution.getExecutionContext().getString(
                Jobs.MONTHLY_REPORT_PATH, reports.monthlyWorkbook(period).toString())).toAbsolutePath());
        return CommandLine.DONE;
    }

    private int sync(PrintStream out, PrintStream err) {
        JobParameters parameters = new JobParametersBuilder()
                .addString("run.at", java.time.Instant.now().toString())
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(context.getBean(Jobs.DIRECTORY_SYNC, Job.class), parameters);
        } catch (Exception e) {
            err.println("The directory synchronisation could not start: " + Secrets.redact(e.getMessage()));
            return CommandLine.FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(execution, err);
        }
        DirectorySnapshot snapshot = directory.snapshot();
        List<Rejection> rejections = directory.rejections(execution.getId());
        out.printf("Directory synchronised: %d units, %d accounts, %d rows rejected%n", snapshot.units().size(),
                snapshot.accounts().size(), rejections.size());
        rejections.forEach(r -> out.printf("  rejected %s row %d (%s): %s%n", r.source(), r.rowNumber(),
                r.rowKey() == null ? "-" : r.rowKey(), r.reason()));
        return CommandLine.DONE;
    }

    /**
     * Non-working days are not recorded: the monthly aggregation counts working days only, and a weekend check
     * would neither excuse nor add a breach.
     */
    private int daily(LocalDate date, boolean replace, PrintStream out, PrintStream err) {
        if (!calendar.isWorkingDay(date)) {
            out.println(date + " is not a working day (weekend or holiday in compliance.calendar): nothing checked.");
            return CommandLine.DONE;
        }
        if (!replace && snapshots.isRecorded(date)) {
            out.println("Unit mailboxes were already checked for " + date
                    + "; nothing changed. Use --replace to check the day again.");
            printDay(date, out);
            return CommandLine.DONE;
        }
        JobParametersBuilder parameters = new JobParametersBuilder().addString("date", date.toString());
        if (replace) {
            parameters.addLong("replace", System.currentTimeMillis());
        }
        JobExecution execution;
        try {
            execution = jobOperator.start(context.getBean(Jobs.DAILY, Job.class), parameters.toJobParameters());
        } catch (JobInstanceAlreadyCompleteException e) {
            out.println("Unit mailboxes were already checked for " + date + ". Use --replace to check the day again.");
            return CommandLine.DONE;
        } catch (Exception e) {
            err.println("The daily job for " + date + " could not start: " + Secrets.redact(e.getMessage()));
            return CommandLine.FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(execution, err);
        }
        printDay(date, out);
        for (ScanOutcome outcome : coverage.forJobExecution(execution.getId())) {
            if (outcome.status() != ScanOutcome.Status.SCANNED) {
                out.println("  NOT CHECKED " + outcome.address() + ": " + outcome.reason());
            }
        }
        out.println("Checked in " + Duration.between(execution.getStartTime(), execution.getEndTime())
                .toMillis() + " ms (job execution " + execution.getId() + ").");
        return CommandLine.DONE;
    }

    private void printDay(LocalDate date, PrintStream out) {
        List<UnitMailboxSnapshot> day = snapshots.onDay(date);
        out.println("Unit mailboxes on " + date + " (" + day.size() + "):");
        out.printf("  %-40s %7s  %-16s %7s%n", "mailbox", "unread", "oldest unread", "overdue");
        for (UnitMailboxSnapshot snapshot : day) {
            out.printf("  %-40s %7d  %-16s %7d%n", snapshot.address(), snapshot.unreadCount(),
                    snapshot.oldestUnreadAt() == null ? "-"
                            : snapshot.oldestUnreadAt().toString().replace('T', ' ').substring(0, 16),
                    snapshot.overdueCount());
        }
    }

    private int audit(LocalDate from, LocalDate to, List<String> units, Clock clock, PrintStream out,
                      PrintStream err) {
        List<String> unitCodes = units.stream()
                .flatMap(unit -> Arrays.stream(unit.split(",")))
                .map(String::trim)
                .filter(unit -> !unit.isEmpty())
                .toList();
        JobExecution execution;
        try {
            execution = jobOperator.start(context.getBean(Jobs.AUDIT, Job.class),
                    Jobs.auditParameters(from, to, unitCodes, clock.instant()));
        } catch (Exception e) {
            err.println("The audit export for " + from + " to " + to + " could not start: "
                    + Secrets.redact(e.getMessage()));
            return CommandLine.FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(execution, err);
        }
        out.println("Report: " + execution.getExecutionContext().getString(Jobs.AUDIT_REPORT_PATH,
                reports.auditWorkbook(from, to).toString()));
        return CommandLine.DONE;
    }

    private void printSummary(YearMonth period, PrintStream out) {
        Map<FindingCode, Integer> counts = findings.countByCode(period.toString());
        out.println("Findings for " + period + ":");
        for (FindingCode code : FindingCode.values()) {
            out.printf("  %-28s %6d%n", code, counts.getOrDefault(code, 0));
        }
    }

    private int failed(JobExecution execution, PrintStream err) {
        String reason = execution.getAllFailureExceptions().stream()
                .map(StartupFailure::rootMessage)
                .findFirst()
                .orElse(execution.getExitStatus().getExitDescription());
        err.println("The job " + execution.getJobInstance().getJobName() + " (execution " + execution.getId()
                + ") ended " + execution.getStatus() + ": " + Secrets.redact(reason)
                + ". Run the same command again to restart it where it stopped.");
        return CommandLine.FAILED;
    }
}
