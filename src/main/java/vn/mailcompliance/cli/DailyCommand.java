package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.backlog.UnitMailboxSnapshot;
import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.job.Jobs;

/**
 * {@code daily [--date] [--replace]}. Non-working days are not recorded: the monthly aggregation counts working days
 * only, and a weekend check would neither excuse nor add a breach.
 */
@Component
class DailyCommand {

    private final JobLaunch launch;
    private final WorkingCalendar calendar;
    private final SnapshotRepository snapshots;
    private final CoverageRepository coverage;

    DailyCommand(JobLaunch launch, WorkingCalendar calendar, SnapshotRepository snapshots,
                 CoverageRepository coverage) {
        this.launch = launch;
        this.calendar = calendar;
        this.snapshots = snapshots;
        this.coverage = coverage;
    }

    int run(LocalDate date, boolean replace, PrintStream out, PrintStream err) {
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
            execution = launch.run(Jobs.DAILY, parameters.toJobParameters());
        } catch (JobInstanceAlreadyCompleteException e) {
            out.println("Unit mailboxes were already checked for " + date + ". Use --replace to check the day again.");
            return CommandLine.DONE;
        }
        if (!JobLaunch.completed(execution)) {
            return JobLaunch.reportFailure(execution, err);
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
}
