package vn.mailcompliance.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Dates as mail server databases and rosters write them. Date-times are read as text (so that MySQL's zero date
 * {@code 0000-00-00 00:00:00} never reaches Connector/J's date mapping) and parsed here.
 */
final class LocalTimes {

    private static final DateTimeFormatter SQL_DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private LocalTimes() {
    }

    /** Thrown for a value that is not a date, so the row can be rejected with it. */
    static final class UnparseableDate extends Exception {
        UnparseableDate(String column, String value) {
            super("unparseable date in " + column + ": '" + value + "'");
        }
    }

    /** A DATETIME read as text; {@code null} for NULL, empty or the zero date. */
    static LocalDateTime dateTime(String column, String value) throws UnparseableDate {
        if (value == null || value.isBlank() || value.startsWith("0000-00-00")) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), SQL_DATE_TIME);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay();
            } catch (DateTimeParseException notADate) {
                throw new UnparseableDate(column, value);
            }
        }
    }

    /** A day as ISO ({@code 2026-10-31}) or day-first ({@code 31/10/2026}); {@code null} for empty. */
    static LocalDate date(String column, String value) throws UnparseableDate {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text.length() > 10
                    ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new UnparseableDate(column, value);
        }
    }

    /** A Unix time (seconds) as a local time in the zone; {@code null} for NULL or 0. */
    static LocalDateTime unixTime(long seconds, ZoneId zone) {
        return seconds <= 0 ? null : LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), zone);
    }
}
