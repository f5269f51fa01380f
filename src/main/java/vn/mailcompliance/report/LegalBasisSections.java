package vn.mailcompliance.report;

import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.mailcompliance.finding.FindingCode;

/**
 * The legal content of the Method sheet, kept apart from its layout: the purpose of the processing, its legal basis
 * (the regulation of {@code compliance.regulation} and the personal-data law), what is read and what is kept for how
 * long; and, per finding code, its citation in legal form with the regulation's own words.
 */
final class LegalBasisSections {

    /** Vietnam's personal-data protection law, in force since 2026-01-01. */
    static final String PERSONAL_DATA_LAW = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";
    /** The purpose texts span the Method sheet's columns B to E, the width of the quotes table below them. */
    private static final int LAST_COLUMN = 4;

    private final ReportTexts texts;
    private final Styles styles;
    private final Regulation regulation;

    LegalBasisSections(ReportTexts texts, Styles styles, Regulation regulation) {
        this.texts = texts;
        this.styles = styles;
        this.regulation = regulation;
    }

    /**
     * Purpose, legal basis, what is read, what is kept and for how long ({@code compliance.retention.*} of the
     * settings in force), and what the workbook shows of it (the audit export has the full evidence); returns the
     * next free row.
     */
    int writePurpose(Sheet sheet, int r, Map<String, String> settings) {
        new Cells(sheet.createRow(r++), styles).text(texts.text("section.purpose"), styles.bold);
        String kept = texts.format("legal.kept",
                texts.duration(settings.getOrDefault("compliance.retention.evidence", "")),
                texts.duration(settings.getOrDefault("compliance.retention.findings", "")));
        String basis = texts.format("legal.basis", regulation.instrumentInFull(texts.locale()), PERSONAL_DATA_LAW);
        String[][] rows = {
                {"legal.purpose.label", texts.text("legal.purpose")},
                {"legal.basis.label", basis},
                {"legal.read.label", texts.text("legal.read")},
                {"legal.kept.label", kept},
                {"legal.shown.label", texts.text("legal.shown")}};
        int textWidth = 0;
        for (int c = 1; c <= LAST_COLUMN; c++) {
            textWidth += sheet.getColumnWidth(c);
        }
        for (String[] row : rows) {
            Row line = sheet.createRow(r);
            new Cells(line, styles).text(texts.text(row[0]), styles.bold).text(row[1], styles.wrap);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, LAST_COLUMN));
            fitHeight(line, row[1], textWidth);
            r++;
        }
        return r;
    }

    /** Each finding code with its citation and the regulation's words it rests on; returns the next free row. */
    int writeQuotes(Sheet sheet, int r) {
        new Cells(sheet.createRow(r++), styles).text(texts.text("section.legalBasis"), styles.bold);
        String[] headers = {"column.code", "column.description", "column.citation", "column.severity",
                "column.quote"};
        Row header = sheet.createRow(r++);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(texts.text(headers[i]));
            header.getCell(i).setCellStyle(styles.header);
        }
        for (FindingCode code : FindingCode.values()) {
            String citation = regulation.citation(code, texts.locale());
            String quote = regulation.quote(code).map(q -> "“" + q + "”").orElse("");
            Row line = sheet.createRow(r++);
            new Cells(line, styles).text(code.name()).text(texts.label(code))
                    .text(citation.isEmpty() ? texts.text("legal.noProvision") : citation, styles.wrap)
                    .text(texts.severity(code.severity())).text(quote, styles.wrap);
            fitHeight(line, citation, sheet.getColumnWidth(2));
            fitHeight(line, quote, sheet.getColumnWidth(4));
        }
        return r;
    }

    /**
     * Makes a row tall enough for a wrapped text in a column of the given width (in 1/256 of a character), since
     * neither POI nor every spreadsheet program sizes a row to wrapped text; never makes a row lower.
     */
    static void fitHeight(Row row, String text, int columnWidth) {
        float height = Cells.lines(text, columnWidth / 256) * Cells.LINE_HEIGHT;
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }
}
