package vn.mailcompliance.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
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
        FindingColumns.EvidenceKeys keys = new FindingColumns.EvidenceKeys(settings.showSubjects());
        try (Stream<PeriodFinding> findings = report.findings().get()) {
            findings.forEach(found -> keys.add(found.finding()));
        }
        FindingColumns columns = FindingColumns.audit(texts, names, keys.list());
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook, texts);
            ListSheet sheet = new ListSheet(workbook, texts.sheet("findings"), columns.columns(), styles,
                    rowsPerSheet);
            Map<FindingCode, Long> counts = new EnumMap<>(FindingCode.class);
            try (Stream<PeriodFinding> findings = report.findings().get()) {
                findings.forEach(found -> {
                    columns.write(sheet.add(), found.finding(), found.period());
                    counts.merge(found.finding().code(), 1L, Long::sum);
                });
            }
            sheet.close();
            evidenceSheet(workbook, report, texts, styles, names);
            scopeSheet(workbook, report, counts, texts, styles);
            // After the sheets of the export's first form, whose positions readers rely on.
            sentToFreeWebmailSheet(workbook, report, texts, styles, names);
            return WorkbookFiles.writeAtomically(workbook, settings.auditWorkbook(report.from(), report.to()));
        } finally {
            WorkbookFiles.dispose(workbook);
        }
    }

    /** Sent mail to free webmail (article 16): when, to which outside recipients and, for auditors, the subject. */
    private void sentToFreeWebmailSheet(SXSSFWorkbook workbook, AuditReport report, ReportTexts texts, Styles styles,
                                        MailboxNames names) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitCode"), 12), new Column(texts.column("unitName"), 28),
                new Column(texts.column("address"), 30), new Column(texts.column("displayName"), 24),
                new Column(texts.column("sentAt"), 17), new Column(texts.column("recipients"), 40)));
        if (settings.showSubjects()) {
            columns.add(new Column(texts.column("mailSubject"), 60));
        }
        ListSheet sheet = new ListSheet(workbook, texts.sheet("sentToFreeWebmail"), columns, styles);
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

    private void evidenceSheet(SXSSFWorkbook workbook, AuditReport report, ReportTexts texts, Styles styles,
                               MailboxNames names) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitCode"), 12), new Column(texts.column("unitName"), 28),
                new Column(texts.column("address"), 30), new Column(texts.column("displayName"), 24),
                new Column(texts.column("service"), 20), new Column(texts.column("category"), 28),
                new Column(texts.column("kind"), 20), new Column(texts.column("authenticity"), 30),
                new Column(texts.column("receivedAt"), 17), new Column(texts.column("folder"), 20)));
        if (settings.showSubjects()) {
            columns.add(new Column(texts.column("mailSubject"), 60));
        }
        ListSheet sheet = new ListSheet(workbook, texts.sheet("evidence"), columns, styles, rowsPerSheet);
        try (Stream<StoredEvidence> stored = report.evidence().get()) {
            stored.forEach(row -> {
                Evidence evidence = row.evidence();
                Cells cells = sheet.add();
                names.write(cells, row.unitCode(), row.address());
                cells.text(evidence.service())
                        .text(texts.category(evidence.category()))
                        .text(texts.detailValue("kinds", evidence.kind().name()))
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
                            ReportTexts texts, Styles styles) {
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
        exportTrail(sheet, r + 2, report, texts, styles);
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
                    .text(texts.readable(export.from().toString()) + " – " + texts.readable(export.to().toString()))
                    .text(export.units().isEmpty() ? texts.text("label.allUnits") : String.join(", ", export.units()))
                    .text(export.file());
        }
    }
}
