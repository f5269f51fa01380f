package vn.mailcompliance.report;

import static vn.mailcompliance.report.ReportTexts.number;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.Severity;

/**
 * The Method sheet: how every figure was computed — thresholds and rules in force, each finding code with its label
 * and legal reference, the score formula, whether each code counts in the score and what resolves it, and the run
 * that produced the workbook; its legal content (purpose, legal basis, personal data, the regulation's words per code)
 * comes from {@link LegalBasisSections}.
 */
final class MethodSheet {

    /** Column widths in characters: setting or code, meaning or label, value or citation, severity, explanation. */
    private static final List<Integer> WIDTHS = List.of(40, 44, 26, 10, 50);
    /** The columns whose text wraps, with the characters a line holds; the first and the severity do not. */
    private static final List<Integer> WRAPPED = List.of(0, 44, 26, 0, 50);

    private final ReportTexts texts;
    private final Styles styles;
    private final Regulation regulation;
    private final LegalBasisSections legal;
    private final ReportProperties settings;

    MethodSheet(ReportTexts texts, Styles styles, Regulation regulation, ReportProperties settings) {
        this.texts = texts;
        this.styles = styles;
        this.regulation = regulation;
        this.legal = new LegalBasisSections(texts, styles, regulation);
        this.settings = settings;
    }

    void write(Workbook workbook, MonthlyReport report, PrintLayout.Heading heading) {
        Sheet sheet = workbook.createSheet(texts.sheet("method"));
        for (int c = 0; c < WIDTHS.size(); c++) {
            sheet.setColumnWidth(c, WIDTHS.get(c) * 256);
        }
        int r = 0;
        new Cells(sheet.createRow(r++), styles).text(texts.text("title.method"), styles.title);
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.organization"), styles.bold)
                .text(report.organization());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.period"), styles.bold)
                .text(texts.periodName(report.period()));

        r = legal.writePurpose(sheet, r + 1, report.method());

        r = section(sheet, r + 1, "section.settings", "column.setting", "column.meaning", "column.value");
        for (Map.Entry<String, String> setting : report.method().entrySet()) {
            new Cells(sheet.createRow(r++), styles, WRAPPED).text(setting.getKey())
                    .text(texts.setting(setting.getKey())).text(texts.settingValue(setting.getValue()));
        }

        r = section(sheet, r + 1, "section.codes", "column.code", "column.label", "column.article",
                "column.severity", "column.explanation");
        for (FindingCode code : FindingCode.values()) {
            new Cells(sheet.createRow(r++), styles, WRAPPED).text(code.name()).text(texts.label(code))
                    .text(regulation.provisions(code, texts.locale()))
                    .text(texts.severity(code.severity())).text(texts.explanation(code));
        }

        r = legal.writeQuotes(sheet, r + 1);

        r = scoreFormula(sheet, r + 1);
        r = resolution(sheet, r + 1);

        r = section(sheet, r + 1, "section.run");
        MonthlyReport.RunMetadata run = report.run();
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.jobExecutionId")).number(run.jobExecutionId());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.jobName")).text(texts.jobName(run.jobName()));
        for (Map.Entry<String, String> parameter : run.parameters().entrySet()) {
            new Cells(sheet.createRow(r++), styles).text(texts.parameter(parameter.getKey()))
                    .text(parameter.getValue());
        }
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.startedAt")).dateTime(run.startedAt());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.evaluatedAt")).dateTime(report.evaluatedAt());
        new Cells(sheet.createRow(r), styles).text(texts.text("label.reminders"))
                .text(texts.remindersSent(run.remindersSent()));
        PrintLayout.apply(sheet, heading, -1, 4);
    }

    /** The score formula with the weights and thresholds in force. */
    private int scoreFormula(Sheet sheet, int r) {
        r = section(sheet, r, "section.score");
        ReportProperties.SeverityWeights weights = settings.severityWeights();
        String[] lines = {
            texts.text("score.formula"),
            texts.format("score.weights", texts.severity(Severity.HIGH), number(weights.high()),
                    texts.severity(Severity.MEDIUM), number(weights.medium()), texts.severity(Severity.LOW),
                    number(weights.low())),
            texts.text("score.notCounted"),
            texts.format("score.lights", number(settings.green()), number(settings.amber()),
                    number(settings.targetScore())),
            texts.text("score.previous")};
        for (String line : lines) {
            Row row = sheet.createRow(r++);
            new Cells(row, styles).text(line, styles.wrap);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row.getRowNum(), row.getRowNum(), 0,
                    4));
            row.setHeightInPoints(32);
        }
        return r;
    }

    /** Per code: whether it counts in the score, and what resolves it. */
    private int resolution(Sheet sheet, int r) {
        r = section(sheet, r, "section.resolution", "column.code", "column.label", "column.counted", "",
                "column.resolvedBy");
        for (FindingCode code : FindingCode.values()) {
            new Cells(sheet.createRow(r++), styles).text(code.name()).text(texts.label(code), styles.wrap)
                    .text(texts.counted(code), styles.wrap).skip().text(texts.resolvedBy(code), styles.wrap);
        }
        return r;
    }

    /** A bold section title, optionally followed by a header row; returns the next free row. */
    private int section(Sheet sheet, int r, String title, String... headers) {
        new Cells(sheet.createRow(r++), styles).text(texts.text(title), styles.bold);
        if (headers.length > 0) {
            Row header = sheet.createRow(r++);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i].isEmpty() ? "" : texts.text(headers[i]));
                header.getCell(i).setCellStyle(styles.header);
            }
        }
        return r;
    }
}
