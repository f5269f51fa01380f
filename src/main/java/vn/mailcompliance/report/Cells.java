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

    /** The height of a line of text in the default font, in points. */
    static final float LINE_HEIGHT = 15f;
    /** Excel keeps text cells up to this length. */
    private static final int MAX_TEXT = 32_767;

    private final Row row;
    private final Styles styles;
    private final List<Integer> wrapWidths;
    private int column;

    Cells(Row row, Styles styles) {
        this(row, styles, List.of());
    }

    /**
     * @param wrapWidths per column, the characters a line of its text holds when the text wraps onto more lines
     *                   (the row then grows to show them all); 0 where it does not wrap
     */
    Cells(Row row, Styles styles, List<Integer> wrapWidths) {
        this.row = row;
        this.styles = styles;
        this.wrapWidths = wrapWidths;
    }

    Cells text(String value) {
        int wrapWidth = column < wrapWidths.size() ? wrapWidths.get(column) : 0;
        Cell cell = next();
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value);
            if (wrapWidth > 0) {
                cell.setCellStyle(styles.wrap);
                int lines = lines(value, wrapWidth);
                if (lines > 1) {
                    row.setHeightInPoints(Math.max(row.getHeightInPoints(), LINE_HEIGHT * lines));
                }
            } else if (!wrapWidths.isEmpty()) {
                cell.setCellStyle(styles.plain);
            }
        }
        return this;
    }

    /**
     * How many lines a text takes wrapped in a column this many characters wide: words go on a line while they fit
     * (letters are a little narrower than the digits a width counts), a word longer than a line is cut. Spreadsheet
     * programs do not grow a row for wrapped text they read, so the writer sets its height.
     */
    static int lines(String text, int columnWidth) {
        int width = Math.max(1, (int) (columnWidth * 1.1));
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int length = word.codePointCount(0, word.length());
            if (used > 0 && used + 1 + length > width) {
                lines++;
                used = 0;
            }
            if (length > width) {
                lines += (length - 1) / width;
                length = (length - 1) % width + 1;
            }
            used += (used > 0 ? 1 : 0) + length;
        }
        return lines;
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
