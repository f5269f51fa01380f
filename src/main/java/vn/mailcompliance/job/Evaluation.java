package vn.mailcompliance.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.settings.ComplianceProperties;

/**
 * What one execution of the monthly job evaluates, fixed at its first use: the period, the one instant it evaluates
 * as of (DESIGN §2: the last instant of the period in {@code compliance.zone}, or now while that is still ahead, so a
 * report can be reproduced) and the directory as the execution's sync left it, read from the product's database once,
 * at its first use after the sync. Every step reads them here instead of recomputing the instant or reloading the
 * directory. The scan's partitions, which may run on another machine, get the instant in their execution context.
 */
@Component
@JobScope
class Evaluation {

    private final YearMonth period;
    private final ZoneId zone;
    private final Instant instant;
    private final DirectoryRepository directory;
    private volatile DirectorySnapshot snapshot;

    Evaluation(@Value("#{jobParameters['period']}") String period, ComplianceProperties settings,
               DirectoryRepository directory) {
        this.period = YearMonth.parse(period);
        this.zone = settings.zone();
        this.instant = endOf(this.period, zone, Clock.system(zone));
        this.directory = directory;
    }

    YearMonth period() {
        return period;
    }

    ZoneId zone() {
        return zone;
    }

    Instant instant() {
        return instant;
    }

    /** A clock stopped at the instant, for the checks. */
    Clock clock() {
        return Clock.fixed(instant, zone);
    }

    /** The instant as a local time in {@code compliance.zone}. */
    LocalDateTime localTime() {
        return LocalDateTime.ofInstant(instant, zone);
    }

    LocalDate day() {
        return localTime().toLocalDate();
    }

    DirectorySnapshot directory() {
        DirectorySnapshot read = snapshot;
        if (read == null) {
            synchronized (this) {
                read = snapshot;
                if (read == null) {
                    read = directory.snapshot();
                    snapshot = read;
                }
            }
        }
        return read;
    }

    /** The last instant of a period, or now where that is still in the future. */
    static Instant endOf(YearMonth period, ZoneId zone, Clock now) {
        return earliest(period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().minusMillis(1), now.instant());
    }

    /** The daily job's instant: the check time of its date, or now where that is still in the future. */
    static Instant checkTimeOf(LocalDate date, LocalTime checkTime, ZoneId zone, Clock now) {
        return earliest(date.atTime(checkTime).atZone(zone).toInstant(), now.instant());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
