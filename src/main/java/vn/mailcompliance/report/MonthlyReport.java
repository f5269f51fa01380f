package vn.mailcompliance.report;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead.Rejection;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Finding;

/**
 * Everything the monthly workbook shows, gathered by the monthly job.
 *
 * @param passwordExempt   the active mailboxes exempt from the password checks (service accounts)
 * @param method           the thresholds and rules in force, in display order (setting key, value)
 * @param sentMail         each unit's sent mail of the period (article 16 signing), by unit code
 */
public record MonthlyReport(
        String organization,
        YearMonth period,
        LocalDateTime evaluatedAt,
        RunMetadata run,
        List<Unit> units,
        List<Account> accounts,
        List<Finding> findings,
        List<CoverageRow> coverage,
        List<Rejection> rejections,
        List<UnitMailboxRow> unitMailboxes,
        List<String> passwordExempt,
        Map<String, String> method,
        Map<String, SentShare> sentMail) {

    public MonthlyReport {
        sentMail = sentMail == null ? Map.of() : Map.copyOf(sentMail);
    }

    /** A report without sent-mail figures. */
    public MonthlyReport(String organization, YearMonth period, LocalDateTime evaluatedAt, RunMetadata run,
                         List<Unit> units, List<Account> accounts, List<Finding> findings,
                         List<CoverageRow> coverage, List<Rejection> rejections,
                         List<UnitMailboxRow> unitMailboxes, List<String> passwordExempt, Map<String, String> method) {
        this(organization, period, evaluatedAt, run, units, accounts, findings, coverage, rejections,
                unitMailboxes, passwordExempt, method, Map.of());
    }

    /**
     * A unit's sent mail of the period: messages sent, S/MIME signed, S/MIME encrypted (left out of the share: whether
     * they are signed inside cannot be told from outside).
     */
    public record SentShare(int sent, int signed, int encrypted) {

        /** Signed share of the judged messages in percent, {@code null} when nothing can be judged. */
        public Double percent() {
            int judged = sent - encrypted;
            return judged <= 0 ? null : 100.0 * signed / judged;
        }

        SentShare plus(SentShare other) {
            return new SentShare(sent + other.sent, signed + other.signed, encrypted + other.encrypted);
        }
    }

    /** The job execution that produced the report, so an auditor can trace every figure to it. */
    public record RunMetadata(long jobExecutionId, String jobName, Map<String, String> parameters,
                              LocalDateTime startedAt, int remindersSent) {
    }

    /**
     * The outcome of scanning one mailbox.
     *
     * @param status SCANNED, FAILED or SKIPPED
     * @param reason why a mailbox failed or was skipped
     */
    public record CoverageRow(String address, String status, String reason, int folders, int messages,
                              int malformed) {
    }

    /** The month of one unit mailbox, day by day condensed (articles 15.1 and 16). */
    public record UnitMailboxRow(String address, int workingDays, int daysChecked, int daysInBreach, int maxUnread,
                                 Integer oldestUnreadAgeDays, Integer unreadAtEnd, Integer overdueAtEnd) {
    }
}
