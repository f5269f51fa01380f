package vn.mailcompliance.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The commands of the interface contract (DESIGN §4), each with its own options and help. */
enum Command {

    DEMO("demo", "Runs the monthly job on the embedded demo ministry (the default).", List.of(), """
            Runs the monthly job on the embedded demo ministry: an H2 database under data/demo and an in-JVM IMAP
            server seeded with demo mailboxes. Nothing outside this machine is read or written."""),
    MONTHLY("monthly", "Evaluates a month and writes its workbook.", List.of("period"), """
            Synchronises the directory, runs every check as of the last instant of the period, stores the findings
            and writes reports/YYYY-MM/mailbox-compliance-YYYY-MM.xlsx.
              --period YYYY-MM   the month to evaluate (default: the previous month)"""),
    DAILY("daily", "Records the unread state of every unit mailbox for a day.", List.of("date", "replace"), """
            Records the state of every unit mailbox (unread, oldest unread, overdue) as of the check time of a day.
              --date YYYY-MM-DD  the day to check (default: today)
              --replace          record the day again even if it was already recorded"""),
    AUDIT("audit", "Exports findings and evidence of a date range.", List.of("from", "to", "unit"), """
            Exports every finding seen in a date range, with its evidence, to
            reports/audit/mailbox-audit-FROM_TO.xlsx.
              --from YYYY-MM-DD  first day (required)
              --to YYYY-MM-DD    last day (required)
              --unit CODE ...    only these units (repeatable)"""),
    SYNC("sync", "Synchronises the directory only.", List.of(), """
            Synchronises the directory (accounts, units, forwardings, groups) and reports rejected rows."""),
    SERVE("serve", "Runs daily, monthly and reminders on their schedules until stopped.", List.of(), """
            Runs until stopped, starting the daily and monthly jobs on the cron schedules of
            compliance.schedule.daily and compliance.schedule.monthly, and the reminders on
            compliance.schedule.notify when compliance.notify.enabled=true. Health and Prometheus metrics are served
            on management.server.address:management.server.port (default 127.0.0.1:9464), under /actuator.
            Stopped (SIGTERM), it lets the running job stop at a safe point; the next start resumes it."""),
    NOTIFY("notify", "Sends the reminders due now (expiring passwords, overdue unit mail).", List.of("dry-run"), """
            Sends the reminders due now: passwords expiring within compliance.password.warn-before or never
            changed after the grace (to their owners), overdue unread mail at the last daily check (to the unit
            leader). Templates: jobs/templates; not repeated within compliance.notify.repeat-after.
              --dry-run          print who would get which reminder; send and record nothing"""),
    STATUS("status", "Prints the recent runs of every job and the next scheduled runs.", List.of(), """
            Prints the last runs of every job (period or date, outcome, duration, report, failed step and reason)
            and the next runs 'serve' schedules. Reads only the product's database."""),
    WORKER("worker", "Scans partitions of remote monthly scans until stopped.", List.of(), """
            Runs until stopped, scanning the mailbox partitions that monthly runs send over RabbitMQ.
            Needs compliance.scan.remote.enabled=true, the broker (spring.rabbitmq.*), and the same product
            database and mail server as the monthly job; start as many workers as the scan needs.""");

    private final String word;
    private final String summary;
    private final List<String> options;
    private final String help;

    Command(String word, String summary, List<String> options, String help) {
        this.word = word;
        this.summary = summary;
        this.options = options;
        this.help = help;
    }

    String word() {
        return word;
    }

    boolean accepts(String option) {
        return options.contains(option);
    }

    String help() {
        return "Usage: java -jar mailbox-compliance.jar " + word
                + (options.isEmpty() ? "" : " [options]") + " [--setting.key=value ...]\n\n" + help + "\n\n"
                + "Any setting of jobs/compliance.yml can be given as --key=value (see README).";
    }

    static Optional<Command> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }

    static String overview() {
        StringBuilder text = new StringBuilder("""
                Usage: java -jar mailbox-compliance.jar [COMMAND] [options] [--setting.key=value ...]

                Commands:
                """);
        for (Command command : values()) {
            text.append(String.format("  %-8s %s%n", command.word, command.summary));
        }
        text.append("\nWithout a command the demo runs. 'COMMAND --help' (or 'help COMMAND') tells more; --version "
                + "prints the version.");
        return text.toString();
    }
}
