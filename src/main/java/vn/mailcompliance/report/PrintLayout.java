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
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
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

    /** A literal text in a header or footer: "&" starts a code there. */
    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
