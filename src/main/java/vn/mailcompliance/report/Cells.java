package vn.mailcompliance.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes the cells of one row left to right, each with its real type: numbers as numbers, dates as dates, so a reader
 * can sort, filter and sum.
 */
final class Cells {

    /** Excel keeps text cells up to this length. */
    private static final int MAX_TEXT = 32_767;

    private final Row row;
    private final Styles styles;
    private final List<Boolean> wrapped;
    private int column;

    Cells(Row row, Styles styles) {
        this(row, styles, List.of());
    }

    /** @param wrapped per column, whether its text wraps onto more lines */
    Cells(Row row, Styles styles, List<Boolean> wrapped) {
        this.row = row;
        this.styles = styles;
        this.wrapped = wrapped;
    }

    Cells text(String value) {
        boolean wraps = column < wrapped.size() && wrapped.get(column);
        Cell cell = next();
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value);
            if (wraps) {
                cell.setCellStyle(styles.wrap);
            }
        }
        return this;
    }

    Cells text(String value, CellStyle style) {
        text(value);
        row.getCell(column - 1).setCellStyle(style);
        return this;
    }

    Cells number(Number value) {
        return number(value, value instanceof Double ? styles.decimal : styles.integer);
    }

    Cells number(Number value, CellStyle style) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
        return this;
    }

    /**
     * A date-time cell, to the minute as it is shown: an evaluation instant is the last millisecond of its period, and
     * spreadsheet programs would round 23:59:59.999 up to the next day.
     */
    Cells dateTime(LocalDateTime value) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(value.truncatedTo(ChronoUnit.MINUTES));
            cell.setCellStyle(styles.dateTime);
        }
        return this;
    }

    /** A date-time cell showing its day only. */
    Cells day(LocalDateTime value) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(value.truncatedTo(ChronoUnit.MINUTES));
            cell.setCellStyle(styles.date);
        }
        return this;
    }

    Cells date(LocalDate value) {
        Cell cell = next();
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
        return this;
    }

    Cells skip() {
        next();
        return this;
    }

    private Cell next() {
        return row.createCell(column++);
    }
}
