package vn.mailcompliance.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One workbook exported, as the access trail keeps it.
 *
 * @param exportedAt when (local time in {@code compliance.zone})
 * @param osUser     who ran it: the operating-system user of the process
 * @param kind       {@code audit}, {@code monthly} or {@code unit}
 * @param from       first day of the range exported
 * @param to         last day of the range exported
 * @param units      the units exported; empty for all units
 * @param file       the workbook written
 */
public record Export(LocalDateTime exportedAt, String osUser, String kind, LocalDate from, LocalDate to,
                     List<String> units, String file) {

    public Export {
        units = List.copyOf(units);
    }
}
