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
        List<Month> months) {

    /**
     * A month of the range.
     *
     * @param whole           whether the range covers the whole month
     * @param inMonthlyReport the findings the month's monthly report lists, of the units asked for
     */
    public record Month(String period, boolean whole, int inMonthlyReport) {
    }
}
