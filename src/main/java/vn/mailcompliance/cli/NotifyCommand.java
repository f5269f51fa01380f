package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.time.Clock;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import vn.mailcompliance.job.Jobs;
import vn.mailcompliance.notify.Notifier;
import vn.mailcompliance.notify.NotifyJobConfiguration;
import vn.mailcompliance.notify.NotifyOutcome;

/** {@code notify [--dry-run]}: the reminders due now, sent as a recorded job run, or only listed. */
@Component
class NotifyCommand {

    private final JobLaunch launch;
    private final Notifier notifier;

    NotifyCommand(JobLaunch launch, Notifier notifier) {
        this.launch = launch;
        this.notifier = notifier;
    }

    int run(Clock clock, boolean dryRun, PrintStream out, PrintStream err) throws JobInstanceAlreadyCompleteException {
        if (dryRun) {
            out.println("Dry run: nothing is sent or recorded. Reminders due now:");
            try {
                print(notifier.run(clock, true, out, () -> false), true, out);
            } catch (IllegalStateException e) {
                err.println(e.getMessage());
                return CommandLine.USAGE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CommandLine.FAILED;
            }
            return CommandLine.DONE;
        }
        try {
            notifier.requireSettings();
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return CommandLine.USAGE;
        }
        JobExecution execution = launch.run(Jobs.NOTIFY, NotifyJobConfiguration.parameters(clock.instant()));
        if (!JobLaunch.completed(execution)) {
            return JobLaunch.reportFailure(execution, err);
        }
        ExecutionContext context = execution.getExecutionContext();
        print(new NotifyOutcome(context.getInt(NotifyJobConfiguration.SENT_KEY, 0),
                context.getInt(NotifyJobConfiguration.REPEATED_KEY, 0),
                context.getInt(NotifyJobConfiguration.OPTED_OUT_KEY, 0),
                context.getString(NotifyJobConfiguration.REFUSED_KEY, "").lines().toList(),
                context.getString(NotifyJobConfiguration.WITHOUT_LEADER_KEY, "").lines().toList()), false, out);
        return CommandLine.DONE;
    }

    private static void print(NotifyOutcome outcome, boolean dryRun, PrintStream out) {
        out.printf("Reminders %s: %d; not repeated (sent within compliance.notify.repeat-after): %d; opted out: %d;"
                        + " refused: %d%n", dryRun ? "that would be sent" : "sent", outcome.sent(), outcome.repeated(),
                outcome.optedOut(), outcome.refused().size());
        outcome.refused().forEach(refused -> out.println("  refused " + refused));
        outcome.withoutLeader().forEach(mailbox -> out.println("  no unit leader address for " + mailbox
                + " (roster leader_email or compliance.notify.unit-leaders)"));
    }
}
