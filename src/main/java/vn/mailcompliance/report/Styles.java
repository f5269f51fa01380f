package vn.mailcompliance.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles every sheet shares; a workbook holds a limited number of styles, so they are made once. */
final class Styles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle signedDecimal;
    final CellStyle wrap;
    final CellStyle plain;
    final CellStyle headlineScore;

    Styles(Workbook workbook, ReportTexts texts) {
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        var format = workbook.createDataFormat();
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat(texts.text("format.date")));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(format.getFormat(texts.text("format.dateTime")));
        dateTime.setVerticalAlignment(VerticalAlignment.TOP);
        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("0"));
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.0"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        signedDecimal = workbook.createCellStyle();
        signedDecimal.setDataFormat(format.getFormat("+0.0;-0.0;0.0"));
        plain = workbook.createCellStyle();
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        Font scoreFont = workbook.createFont();
        scoreFont.setBold(true);
        scoreFont.setFontHeightInPoints((short) 18);
        headlineScore = workbook.createCellStyle();
        headlineScore.setFont(scoreFont);
        headlineScore.setDataFormat(format.getFormat("0.0"));
        headlineScore.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
    }
}
