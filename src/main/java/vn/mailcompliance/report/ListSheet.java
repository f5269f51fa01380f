package vn.mailcompliance.report;

import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A list sheet: row 1 is the header (frozen, with an autofilter, repeated on every printed page), then one row per
 * item. When the rows outgrow a sheet
 * the list continues on "NAME (2)", "NAME (3)"…, each with the same header.
 */
final class ListSheet {

    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final Workbook workbook;
    private final String name;
    private final List<Column> columns;
    private final Styles styles;
    private final PrintLayout.Heading heading;
    private final int maxRows;
    /** Per column, the characters a line of its wrapped text holds; 0 where text does not wrap. */
    private final List<Integer> wrapWidths;
    private Sheet sheet;
    private int sheets;
    private int nextRow;

    /** A column: its header, its width in characters and whether its text wraps onto more lines. */
    record Column(String header, int width, boolean wrap) {

        Column(String header, int width) {
            this(header, width, false);
        }
    }

    ListSheet(Workbook workbook, String name, List<Column> columns, Styles styles, PrintLayout.Heading heading) {
        this(workbook, name, columns, styles, heading, MAX_ROWS);
    }

    ListSheet(Workbook workbook, String name, List<Column> columns, Styles styles, PrintLayout.Heading heading,
              int maxRows) {
        this.workbook = workbook;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.styles = styles;
        this.heading = heading;
        this.maxRows = maxRows;
        this.wrapWidths = columns.stream().map(column -> column.wrap() ? column.width() : 0).toList();
        startSheet();
    }

    /** The cells of the next item's row. */
    Cells add() {
        if (nextRow >= maxRows) {
            close();
            startSheet();
        }
        return new Cells(sheet.createRow(nextRow++), styles, wrapWidths);
    }

    /** Puts the autofilter over the rows written so far; rows added afterwards are outside the list. */
    void close() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
    }

    /** The sheet being written and its next free row, for a section that follows the list. */
    Sheet sheet() {
        return sheet;
    }

    int nextRow() {
        return nextRow;
    }

    /** Tall enough for the longest header wrapped in its column (bold: a little wider), two to six lines. */
    private float headerHeight() {
        int lines = columns.stream().mapToInt(column -> Cells.lines(column.header(), column.width() - 1)).max()
                .orElse(1);
        return Cells.LINE_HEIGHT * Math.min(6, Math.max(2, lines));
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).header());
            header.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        header.setHeightInPoints(headerHeight());
        sheet.createFreezePane(0, 1);
        PrintLayout.apply(sheet, heading, 0, columns.size() - 1);
        nextRow = 1;
    }
}
