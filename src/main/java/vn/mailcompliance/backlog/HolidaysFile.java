package vn.mailcompliance.backlog;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;

import vn.mailcompliance.settings.OperatorFile;

/**
 * The operator-editable list of public holidays ({@code jobs/holidays.yml}): {@code holidays} and {@code make-up-days},
 * each a map from a date (YYYY-MM-DD) to what it is.
 */
record HolidaysFile(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {

    private record Days(Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpDays) {
    }

    static HolidaysFile none() {
        return new HolidaysFile(Set.of(), Set.of());
    }

    static HolidaysFile read(Resource file) {
        Days days = OperatorFile.read(file, "compliance.calendar.holidays-file", Days.class);
        return new HolidaysFile(Set.copyOf(days.holidays().keySet()), Set.copyOf(days.makeUpDays().keySet()));
    }
}
