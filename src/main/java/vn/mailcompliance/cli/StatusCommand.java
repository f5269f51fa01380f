package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mailcompliance.job.RunHistory;
import vn.mailcompliance.schedule.JobSchedule;
import vn.mailcompliance.shared.Secrets;

/** {@code status}: the last runs of every job and the next runs of {@code serve}. Reads the product's database only. */
@Component
class StatusCommand {

    static final int RUNS_PER_JOB = 5;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RunHistory history;
    private final JobSchedule schedule;

    StatusCommand(RunHistory history, JobSchedule schedule) {
        this.history = history;
        this.schedule = schedule;
    }

    int run(Clock clock, PrintStream out) {
        for (String job : RunHistory.JOBS) {
            List<RunHistory.Run> runs = history.recent(job, RUNS_PER_JOB);
            out.println(job + (runs.isEmpty() ? ": never run" : ": last " + runs.size() + " run(s)"));
            for (RunHistory.Run run : runs) {
                out.printf("  #%-6d %-28s %-9s %-16s %10s%s%n", run.executionId(),
                        run.subject().isEmpty() ? "-" : run.subject(), run.status(),
                        run.startedAt() == null ? "-" : run.startedAt().format(MINUTE), duration(run.duration()),
                        run.report() == null ? "" : "  report " + run.report());
                if (run.failedStep() != null || run.status().isUnsuccessful()) {
                    out.printf("          failed step: %s; reason: %s%n",
                            run.failedStep() == null ? "-" : run.failedStep(),
                            run.reason() == null ? "-" : Secrets.redact(run.reason()));
                }
            }
        }
        out.println("Next scheduled runs in 'serve':");
        for (Map.Entry<String, ZonedDateTime> next : schedule.nextRuns(ZonedDateTime.now(clock)).entrySet()) {
            out.printf("  %-8s %s%n", next.getKey(), next.getValue() == null ? "never"
                    : next.getValue().format(MINUTE) + " " + next.getValue().getZone());
        }
        return CommandLine.DONE;
    }

    private static String duration(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + "s" : seconds < 3600 ? (seconds / 60) + "m" + (seconds % 60) + "s"
                : (seconds / 3600) + "h" + (seconds % 3600 / 60) + "m";
    }
}
