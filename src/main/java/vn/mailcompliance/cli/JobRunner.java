package vn.mailcompliance.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.schedule.JobSchedule;

/** Runs the command of an invocation and turns its outcome into the exit status of DESIGN §4. */
@Component
class JobRunner {

    /** The months the demo lives before its period. */
    private static final int DEMO_EARLIER_MONTHS = 3;

    private final ComplianceProperties settings;
    private final MonthlyCommand monthly;
    private final DailyCommand daily;
    private final AuditCommand audit;
    private final SyncCommand sync;
    private final JobSchedule schedule;
    private final WorkingCalendar calendar;
    private final WorkerCommand worker;

    JobRunner(ComplianceProperties settings, MonthlyCommand monthly, DailyCommand daily, AuditCommand audit,
              SyncCommand sync, JobSchedule schedule, WorkingCalendar calendar, WorkerCommand worker) {
        this.settings = settings;
        this.monthly = monthly;
        this.daily = daily;
        this.audit = audit;
        this.sync = sync;
        this.schedule = schedule;
        this.calendar = calendar;
        this.worker = worker;
    }

    int run(Invocation invocation, PrintStream out, PrintStream err) {
        Clock clock = Clock.system(settings.zone());
        YearMonth previousMonth = YearMonth.now(clock).minusMonths(1);
        try {
            return switch (invocation.command()) {
                case DEMO -> demo(previousMonth, out, err);
                case MONTHLY -> monthly.run(invocation.period(previousMonth), out, err);
                case DAILY -> daily.run(invocation.date("date", LocalDate.now(clock)), invocation.flag("replace"),
                        out, err);
                case AUDIT -> audit.run(invocation.date("from", null), invocation.date("to", null),
                        invocation.all("unit"), clock.instant(), out, err);
                case SYNC -> sync.run(out, err);
                case SERVE -> serve(clock, out, err);
                case WORKER -> worker.run(out);
            };
        } catch (JobLaunch.CouldNotStart e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        } catch (JobInstanceAlreadyCompleteException e) {
            err.println("That run already completed: " + e.getMessage());
            return CommandLine.DONE;
        }
    }

    /**
     * The demo as an IT center would have lived it: for the three months before the period and the period itself, the
     * daily check of every working day, then the monthly report, so that the period's report shows a change against
     * last month and a trend. The days' own tables and the earlier months' summaries are not printed.
     */
    private int demo(YearMonth period, PrintStream out, PrintStream err) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (YearMonth month = period.minusMonths(DEMO_EARLIER_MONTHS); !month.isAfter(period);
             month = month.plusMonths(1)) {
            int days = 0;
            for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    int status = daily.run(day, false, quiet, err);
                    if (status != CommandLine.DONE) {
                        return status;
                    }
                    days++;
                }
            }
            out.println("Daily unit-mailbox checks of " + month + ": " + days + " working days.");
            int status = monthly.run(month, month.equals(period) ? out : quiet, err);
            if (status != CommandLine.DONE) {
                return status;
            }
            if (!month.equals(period)) {
                out.println("Monthly report of " + month + " written.");
            }
        }
        return CommandLine.DONE;
    }

    /** Blocks until the process is stopped; each scheduled run reports as its command would. */
    private int serve(Clock clock, PrintStream out, PrintStream err) {
        try {
            schedule.runUntilStopped(
                    () -> daily.run(LocalDate.now(clock), false, out, err),
                    () -> monthly.run(YearMonth.now(clock).minusMonths(1), out, err));
            return CommandLine.DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLine.DONE;
        }
    }
}
