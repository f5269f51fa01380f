package vn.mailcompliance.report;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet prints: A4 landscape, all columns on the page width, narrow margins, the header row repeated on
 * every page, and on each page the organisation and the sheet above, the period and "page x / y" below.
 */
final class PrintLayout {

    /** The left and right margins, in inches. */
    private static final double SIDE_MARGIN = 0.3;
    /** What a spreadsheet program adds to each column beyond its characters, in pixels at 96 dpi. */
    private static final int COLUMN_PADDING_PIXELS = 5;

    private PrintLayout() {
    }

    /** What every printed page of a workbook names: its organisation and its period (or range), in its language. */
    record Heading(ReportTexts texts, String organization, String period) {

        static Heading of(ReportTexts texts, MonthlyReport report) {
            return new Heading(texts, report.organization(), texts.periodName(report.period()));
        }
    }

    /**
     * @param headerRow the row repeated at the top of every printed page; negative for none
     * @param lastColumn the last column of the repeated row
     */
    static void apply(Sheet sheet, Heading heading, int headerRow, int lastColumn) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, Math.max(0, lastColumn)));
        }
        sheet.getHeader().setLeft(escape(heading.organization()));
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setLeft(escape(heading.period()));
        sheet.getFooter().setRight(heading.texts().format("print.page", "&P", "&N"));
    }

    /**
     * The share of its natural size at which the sheet prints once fitted to one page wide: the width of A4 landscape
     * within the margins over the width of the columns (at most 1). Text of the default 11 pt font prints at 11 pt
     * times this; a list sheet keeps it at 8 pt or more.
     */
    static double fitScale(Sheet sheet, int columns) {
        double pageInches = 297 / 25.4 - 2 * SIDE_MARGIN;
        double columnsInches = 0;
        for (int i = 0; i < columns; i++) {
            columnsInches += (sheet.getColumnWidthInPixels(i) + COLUMN_PADDING_PIXELS) / 96.0;
        }
        return Math.min(1, pageInches / columnsInches);
    }

    /** A literal text in a header or footer: "&" starts a code there. */
    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
