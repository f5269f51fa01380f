package vn.mailcompliance.report;

import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.mailcompliance.finding.FindingCode;

/**
 * The Method sheet: how every figure was computed — thresholds and rules in force, each finding code with its legal
 * reference, the score formula and the run that produced the workbook; its legal content (purpose, legal basis,
 * personal data, the regulation's words per code) comes from {@link LegalBasisSections}.
 */
final class MethodSheet {

    private final ReportTexts texts;
    private final Styles styles;
    private final Regulation regulation;
    private final LegalBasisSections legal;

    MethodSheet(ReportTexts texts, Styles styles, Regulation regulation) {
        this.texts = texts;
        this.styles = styles;
        this.regulation = regulation;
        this.legal = new LegalBasisSections(texts, styles, regulation);
    }

    void write(Workbook workbook, MonthlyReport report) {
        Sheet sheet = workbook.createSheet(texts.sheet("method"));
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 55 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        sheet.setColumnWidth(3, 11 * 256);
        sheet.setColumnWidth(4, 90 * 256);
        int r = 0;
        new Cells(sheet.createRow(r++), styles).text(texts.text("title.method"), styles.title);
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.organization"), styles.bold)
                .text(report.organization());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.period"), styles.bold)
                .text(report.period().toString());

        r = legal.writePurpose(sheet, r + 1, report.method());

        r = section(sheet, r + 1, "section.settings", "column.setting", "column.meaning", "column.value");
        for (Map.Entry<String, String> setting : report.method().entrySet()) {
            new Cells(sheet.createRow(r++), styles).text(setting.getKey())
                    .text(texts.setting(setting.getKey()))
                    .text(texts.settingValue(setting.getValue()));
        }

        r = section(sheet, r + 1, "section.codes", "column.code", "column.description", "column.article",
                "column.severity", "column.explanation");
        for (FindingCode code : FindingCode.values()) {
            Row row = sheet.createRow(r++);
            new Cells(row, styles).text(code.name()).text(texts.label(code))
                    .text(regulation.provisions(code, texts.locale()))
                    .text(texts.severity(code.severity())).text(texts.explanation(code), styles.wrap);
            LegalBasisSections.fitHeight(row, texts.explanation(code), sheet.getColumnWidth(4));
        }

        r = legal.writeQuotes(sheet, r + 1);

        r = section(sheet, r + 1, "section.score");
        for (String key : new String[] {"score.formula", "score.breach", "score.unitMailboxMissing",
                "score.previous"}) {
            new Cells(sheet.createRow(r++), styles).text(texts.text(key));
        }

        r = section(sheet, r + 1, "section.run");
        MonthlyReport.RunMetadata run = report.run();
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.jobExecutionId")).number(run.jobExecutionId());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.jobName")).text(run.jobName());
        for (Map.Entry<String, String> parameter : run.parameters().entrySet()) {
            new Cells(sheet.createRow(r++), styles).text(texts.text("label.parameter") + " " + parameter.getKey())
                    .text(parameter.getValue());
        }
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.startedAt")).dateTime(run.startedAt());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.evaluatedAt")).dateTime(report.evaluatedAt());
        new Cells(sheet.createRow(r), styles).text(texts.text("label.reminders"))
                .text(texts.remindersSent(run.remindersSent()));
    }

    /** A bold section title, optionally followed by a header row; returns the next free row. */
    private int section(Sheet sheet, int r, String title, String... headers) {
        new Cells(sheet.createRow(r++), styles).text(texts.text(title), styles.bold);
        if (headers.length > 0) {
            Row header = sheet.createRow(r++);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(texts.text(headers[i]));
                header.getCell(i).setCellStyle(styles.header);
            }
        }
        return r;
    }
}
