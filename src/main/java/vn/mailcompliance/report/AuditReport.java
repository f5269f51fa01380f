package vn.mailcompliance.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.PeriodFinding;
import vn.mailcompliance.personaluse.StoredEvidence;
import vn.mailcompliance.sentmail.SentMailRepository;

/**
 * What the audit export shows: every finding seen in a date range, with its evidence, and every message of the range
 * attributed to a personal service, forged ones included.
 *
 * @param zone       the zone in which arrival times are shown
 * @param unitFilter the units asked for; empty for all units
 * @param units      the directory's units, to name them
 * @param accounts   the directory's accounts, to name mailbox owners
 * @param findings   opens a new stream of the findings in report order each time it is called; the writer reads it
 *                   twice (once for the evidence columns, once for the rows) and closes it each time, so that the
 *                   findings are never held in memory
 * @param exports    the access trail: every workbook exported before this one, newest first
 * @param sentToFreeWebmail opens a new stream of the range's sent messages to free webmail (article 16), with their
 *                   subjects: the one place subjects of sent mail are shown
 * @param months     every month the range touches with its monthly report's count of findings (of the units asked
 *                   for), for the reconciliation block
 */
public record AuditReport(
        String organization,
        LocalDate from,
        LocalDate to,
        List<String> unitFilter,
        LocalDateTime generatedAt,
        ZoneId zone,
        List<Unit> units,
        List<Account> accounts,
        Supplier<Stream<PeriodFinding>> findings,
        Supplier<Stream<StoredEvidence>> evidence,
        List<Export> exports,
        Supplier<Stream<SentMailRepository.WebmailMessage>> sentToFreeWebmail,
        List<Month> months) {

    public AuditReport {
        exports = List.copyOf(exports);
        months = List.copyOf(months);
    }

    /** An export without an access trail to list, sent mail or months to reconcile. */
    public AuditReport(String organization, LocalDate from, LocalDate to, List<String> unitFilter,
                       LocalDateTime generatedAt, ZoneId zone, List<Unit> units, List<Account> accounts,
                       Supplier<Stream<PeriodFinding>> findings, Supplier<Stream<StoredEvidence>> evidence) {
        this(organization, from, to, unitFilter, generatedAt, zone, units, accounts, findings, evidence, List.of(),
                Stream::empty, List.of());
    }

    /**
     * A month of the range.
     *
     * @param whole           whether the range covers the whole month
     * @param inMonthlyReport the findings the month's monthly report lists, of the units asked for
     */
    public record Month(String period, boolean whole, int inMonthlyReport) {
    }
}
