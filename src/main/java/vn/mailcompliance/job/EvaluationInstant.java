package vn.mailcompliance.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The one instant each job evaluates as of (DESIGN §2), so a report can be reproduced: the last instant of a monthly
 * period, the check time of a daily date — or now, where that instant is still in the future.
 */
final class EvaluationInstant {

    private EvaluationInstant() {
    }

    static Clock endOf(YearMonth period, ZoneId zone, Clock now) {
        Instant end = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().minusMillis(1);
        return Clock.fixed(earliest(end, now.instant()), zone);
    }

    /** The instant a period is evaluated as of, with the system clock as now. */
    static Clock endOf(YearMonth period, ZoneId zone) {
        return endOf(period, zone, Clock.system(zone));
    }

    static Clock checkTimeOf(LocalDate date, LocalTime checkTime, ZoneId zone, Clock now) {
        Instant check = date.atTime(checkTime).atZone(zone).toInstant();
        return Clock.fixed(earliest(check, now.instant()), zone);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
