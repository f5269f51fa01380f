package vn.mailcompliance.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.DirectoryUnavailableException;
import vn.mailcompliance.settings.ComplianceProperties;

/** Runs the command of an invocation and turns its outcome into the exit status of DESIGN §4. */
@Component
class JobRunner {

    private static final Set<Command> READS_DIRECTORY =
            EnumSet.of(Command.MONTHLY, Command.DAILY, Command.SYNC);
    /** The months the demo lives before its period. */
    private static final int DEMO_EARLIER_MONTHS = 3;

    private final ComplianceProperties settings;
    private final MonthlyCommand monthly;
    private final DailyCommand daily;
    private final AuditCommand audit;
    private final SyncCommand sync;
    private final ServeCommand serve;
    private final WorkingCalendar calendar;
    private final WorkerCommand worker;
    private final NotifyCommand notify;
    private final StatusCommand status;
    private final DirectorySource directory;

    JobRunner(ComplianceProperties settings, MonthlyCommand monthly, DailyCommand daily, AuditCommand audit,
              SyncCommand sync, ServeCommand serve, WorkingCalendar calendar, WorkerCommand worker,
              NotifyCommand notify, StatusCommand status, DirectorySource directory) {
        this.directory = directory;
        this.settings = settings;
        this.monthly = monthly;
        this.daily = daily;
        this.audit = audit;
        this.sync = sync;
        this.serve = serve;
        this.calendar = calendar;
        this.worker = worker;
        this.notify = notify;
        this.status = status;
    }

    int run(Invocation invocation, PrintStream out, PrintStream err) {
        Clock clock = Clock.system(settings.zone());
        YearMonth previousMonth = YearMonth.now(clock).minusMonths(1);
        if (READS_DIRECTORY.contains(invocation.command())) {
            requireReadableDirectory();
        }
        try {
            return switch (invocation.command()) {
                case DEMO -> demo(previousMonth, out, err);
                case MONTHLY -> monthly.run(invocation.period(previousMonth), out, err);
                case DAILY -> daily.run(invocation.date("date", LocalDate.now(clock)), invocation.flag("replace"),
                        out, err);
                case AUDIT -> audit.run(invocation.date("from", null), invocation.date("to", null),
                        invocation.all("unit"), clock.instant(), out, err);
                case SYNC -> sync.run(out, err);
                case SERVE -> serve.run(clock, out, err);
                case WORKER -> worker.run(out);
                case NOTIFY -> notify.run(clock, invocation.flag("dry-run"), out, err);
                case STATUS -> status.run(clock, out);
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
     * A directory source without its tables, columns or roster is a configuration error: found here, before a job
     * exists that it would fail.
     */
    private void requireReadableDirectory() {
        try {
            directory.read();
        } catch (DirectoryUnavailableException e) {
            throw new UsageException(e.getMessage());
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
}
