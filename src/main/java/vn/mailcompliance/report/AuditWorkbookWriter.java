package vn.mailcompliance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.PeriodFinding;
import vn.mailcompliance.personaluse.Evidence;
import vn.mailcompliance.personaluse.StoredEvidence;
import vn.mailcompliance.report.ListSheet.Column;
import vn.mailcompliance.sentmail.SentMailRepository;

/**
 * Writes the audit export: a Findings sheet with every finding of the range and all its evidence, an Evidence sheet
 * with every message of the range attributed to a personal service (a probable spoof listed as such, never counted),
 * both streamed so that the memory stays flat however many rows there are, a Scope sheet saying what was exported, and
 * the sent mail to free webmail with its subjects (article 16).
 */
@Component
public class AuditWorkbookWriter {

    /** Rows kept in memory while the findings are streamed to disk. */
    private static final int WINDOW = 500;

    private final ReportProperties settings;
    private final Regulation regulation;
    private final int rowsPerSheet;

    @Autowired
    AuditWorkbookWriter(ReportProperties settings, Regulation regulation) {
        this(settings, regulation, ListSheet.MAX_ROWS);
    }

    /** @param rowsPerSheet rows of a sheet, its header included, before a list continues on the next sheet */
    AuditWorkbookWriter(ReportProperties settings, Regulation regulation, int rowsPerSheet) {
        this.settings = settings;
        this.regulation = regulation;
        this.rowsPerSheet = rowsPerSheet;
    }

    public Path write(AuditReport report) throws IOException {
        ReportTexts texts = new ReportTexts(settings.locale());
        MailboxNames names = new MailboxNames(report.units(), report.accounts(), texts);
        EvidenceColumns.Collector evidence = new EvidenceColumns.Collector(settings.showSubjects(), true);
        try (Stream<PeriodFinding> findings = report.findings().get()) {
            findings.forEach(found -> evidence.add(found.finding()));
        }
        FindingColumns columns = FindingColumns.audit(texts, names, evidence.build());
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook, texts);
            PrintLayout.Heading heading = new PrintLayout.Heading(texts, report.organization(),
                    texts.readable(report.from()) + " – " + texts.readable(report.to()));
            ListSheet sheet = new ListSheet(workbook, texts.sheet("findings"), columns.columns(), styles, heading,
                    rowsPerSheet);
            Map<FindingCode, Long> counts = new EnumMap<>(FindingCode.class);
            Map<String, Integer> perPeriod = new HashMap<>();
            try (Stream<PeriodFinding> findings = report.findings().get()) {
                findings.forEach(found -> {
                    columns.write(sheet.add(), found.finding(), found.period());
                    counts.merge(found.finding().code(), 1L, Long::sum);
                    perPeriod.merge(found.period(), 1, Integer::sum);
                });
            }
            sheet.close();
            evidenceSheet(workbook, report, texts, styles, names, heading);
            scopeSheet(workbook, report, counts, perPeriod, texts, styles, heading);
            // After the sheets of the export's first form, whose positions readers rely on.
            sentToFreeWebmailSheet(workbook, report, texts, styles, names, heading);
            return WorkbookFiles.writeAtomically(workbook, unused(settings.auditWorkbook(report.from(), report.to(),
                    report.unitFilter(), report.generatedAt())));
        } finally {
            WorkbookFiles.dispose(workbook);
        }
    }

    /** Sent mail to free webmail (article 16): when, to which outside recipients and, for auditors, the subject. */
    private void sentToFreeWebmailSheet(SXSSFWorkbook workbook, AuditReport report, ReportTexts texts, Styles styles,
                                        MailboxNames names, PrintLayout.Heading heading) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitCode"), 12), new Column(texts.column("unitName"), 28),
                new Column(texts.column("address"), 30), new Column(texts.column("displayName"), 24),
                new Column(texts.column("sentAt"), 17), new Column(texts.column("recipients"), 40)));
        if (settings.showSubjects()) {
            columns.add(new Column(texts.column("mailSubject"), 60));
        }
        ListSheet sheet = new ListSheet(workbook, texts.sheet("sentToFreeWebmail"), columns, styles, heading,
                rowsPerSheet);
        try (Stream<SentMailRepository.WebmailMessage> sent = report.sentToFreeWebmail().get()) {
            sent.forEach(message -> {
                Cells cells = sheet.add();
                names.write(cells, message.unitCode(), message.address());
                cells.dateTime(message.sentAt()).text(message.externalRecipients().replace(",", ", "));
                if (settings.showSubjects()) {
                    cells.text(message.subject());
                }
            });
        }
        sheet.close();
    }

    /** The file, or beside it "-2", "-3"… when an export of the same second already has that name. */
    private static Path unused(Path file) {
        String name = file.getFileName().toString().replace(".xlsx", "");
        Path candidate = file;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(name + "-" + n + ".xlsx");
        }
        return candidate;
    }

    private void evidenceSheet(SXSSFWorkbook workbook, AuditReport report, ReportTexts texts, Styles styles,
                               MailboxNames names, PrintLayout.Heading heading) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitCode"), 12), new Column(texts.column("unitName"), 28),
                new Column(texts.column("address"), 30), new Column(texts.column("displayName"), 24),
                new Column(texts.column("service"), 20), new Column(texts.column("category"), 28),
                new Column(texts.column("kind"), 20), new Column(texts.column("authenticity"), 30),
                new Column(texts.column("receivedAt"), 17), new Column(texts.column("folder"), 20)));
        if (settings.showSubjects()) {
            columns.add(new Column(texts.column("mailSubject"), 60));
        }
        ListSheet sheet = new ListSheet(workbook, texts.sheet("evidence"), columns, styles, heading, rowsPerSheet);
        try (Stream<StoredEvidence> stored = report.evidence().get()) {
            stored.forEach(row -> {
                Evidence evidence = row.evidence();
                Cells cells = sheet.add();
                names.write(cells, row.unitCode(), row.address());
                cells.text(evidence.service())
                        .text(texts.category(evidence.category()))
                        .text(texts.kind(evidence.kind()))
                        .text(texts.authenticity(evidence.authenticity()))
                        .dateTime(evidence.receivedAt() == null ? null
                                : LocalDateTime.ofInstant(evidence.receivedAt(), report.zone()))
                        .text(evidence.folder());
                if (settings.showSubjects()) {
                    cells.text(evidence.subject());
                }
            });
        }
        sheet.close();
    }

    private void scopeSheet(SXSSFWorkbook workbook, AuditReport report, Map<FindingCode, Long> counts,
                            Map<String, Integer> perPeriod, ReportTexts texts, Styles styles,
                            PrintLayout.Heading heading) {
        Sheet sheet = workbook.createSheet(texts.sheet("scope"));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 24 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.setColumnWidth(4, 20 * 256);
        sheet.setColumnWidth(5, 70 * 256);
        int r = 0;
        new Cells(sheet.createRow(r++), styles).text(texts.text("title.audit"), styles.title);
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.organization"), styles.bold)
                .text(report.organization());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.from"), styles.bold).date(report.from());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.to"), styles.bold).date(report.to());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.units"), styles.bold)
                .text(report.unitFilter().isEmpty() ? texts.text("label.allUnits")
                        : String.join(", ", report.unitFilter()));
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.generatedAt"), styles.bold)
                .dateTime(report.generatedAt());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.exportedBy"), styles.bold)
                .text(ExportTrail.osUser());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.findingCount"), styles.bold)
                .number(counts.values().stream().mapToLong(Long::longValue).sum());
        new Cells(sheet.createRow(r++), styles).text(texts.text("label.showSubjects"), styles.bold)
                .text(texts.yesNo(settings.showSubjects()));

        new Cells(sheet.createRow(++r), styles).text(texts.text("section.countsByCode"), styles.bold);
        Row header = sheet.createRow(++r);
        String[] headers = {"column.code", "column.description", "column.article", "column.count"};
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(texts.text(headers[i]));
            header.getCell(i).setCellStyle(styles.header);
        }
        for (FindingCode code : FindingCode.values()) {
            new Cells(sheet.createRow(++r), styles).text(code.name()).text(texts.label(code))
                    .text(regulation.provisions(code, texts.locale())).number(counts.getOrDefault(code, 0L));
        }
        r = reconciliation(sheet, r + 2, report, perPeriod, texts, styles);
        exportTrail(sheet, r + 1, report, texts, styles);
        PrintLayout.apply(sheet, heading, -1, 3);
    }

    /** The access trail: every export before this one, newest first (who, when, what, which file). */
    private static void exportTrail(Sheet sheet, int r, AuditReport report, ReportTexts texts, Styles styles) {
        new Cells(sheet.createRow(r++), styles).text(texts.text("section.exports"), styles.bold);
        Row header = sheet.createRow(r++);
        String[] headers = {"column.exportedAt", "column.osUser", "column.exportKind", "column.range", "label.units",
                "column.file"};
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(texts.text(headers[i]));
            header.getCell(i).setCellStyle(styles.header);
        }
        for (Export export : report.exports()) {
            new Cells(sheet.createRow(r++), styles).dateTime(export.exportedAt()).text(export.osUser())
                    .text(texts.exportKind(export.kind()))
                    .text(texts.readable(export.from()) + " – " + texts.readable(export.to()))
                    .text(export.units().isEmpty() ? texts.text("label.allUnits") : String.join(", ", export.units()))
                    .text(export.file());
        }
    }

    /** Per month of the range: the findings exported against the monthly report's, and whether they match. */
    private static int reconciliation(Sheet sheet, int r, AuditReport report, Map<String, Integer> perPeriod,
                                      ReportTexts texts, Styles styles) {
        new Cells(sheet.createRow(r++), styles).text(texts.text("section.reconciliation"), styles.bold);
        for (AuditReport.Month month : report.months()) {
            int exported = perPeriod.getOrDefault(month.period(), 0);
            String line;
            if (!month.whole()) {
                line = texts.format("reconciliation.partial", month.period(), exported, month.inMonthlyReport());
            } else if (exported == month.inMonthlyReport()) {
                line = texts.format("reconciliation.whole", month.period(), exported);
            } else {
                line = texts.format("reconciliation.wholeMismatch", month.period(), exported,
                        month.inMonthlyReport());
            }
            new Cells(sheet.createRow(r++), styles).text(line);
        }
        new Cells(sheet.createRow(r++), styles).text(texts.text("reconciliation.rule"), styles.wrap);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r - 1, r - 1, 0, 3));
        sheet.getRow(r - 1).setHeightInPoints(60);
        return r;
    }
}
