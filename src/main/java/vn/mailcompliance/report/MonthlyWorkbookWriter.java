package vn.mailcompliance.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.DirectoryRead.Rejection;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.report.ListSheet.Column;
import vn.mailcompliance.report.MonthlyReport.CoverageRow;
import vn.mailcompliance.report.MonthlyReport.UnitMailboxRow;

/**
 * Writes the monthly leadership workbook: Summary (with its chart), Passwords, Unit mailboxes, Personal use, Inventory,
 * Coverage and Method. The Summary is an XSSF sheet because charts need one; the lists are streamed (SXSSF) so that
 * a large ministry fits in a small heap.
 */
@Component
public class MonthlyWorkbookWriter {

    private static final Set<FindingCode> PASSWORD = EnumSet.of(FindingCode.PASSWORD_NEVER_CHANGED,
            FindingCode.PASSWORD_EXPIRED, FindingCode.PASSWORD_EXPIRING);
    /**
     * The provisioning findings of article 12, who holds and attends a mailbox (articles 15.1, 15.2), and those of
     * article 16 on how the mailbox sends and forwards mail (their evidence differs from code to code).
     */
    private static final Set<FindingCode> INVENTORY = EnumSet.of(FindingCode.UNIT_MAILBOX_MISSING,
            FindingCode.UNIT_MAILBOX_DUPLICATE, FindingCode.PERSONAL_MAILBOX_DUPLICATE,
            FindingCode.NON_OFFICIAL_DOMAIN, FindingCode.ORPHAN_MAILBOX, FindingCode.EXTERNAL_FORWARDING,
            FindingCode.GROUP_EXTERNAL_MEMBER, FindingCode.MAILBOX_USED_AFTER_LEAVING,
            FindingCode.PERSONAL_MAILBOX_UNATTENDED, FindingCode.STAFF_WITHOUT_MAILBOX,
            FindingCode.UNSIGNED_OFFICIAL_MAIL, FindingCode.WORK_MAIL_TO_FREE_WEBMAIL);
    /** The backlog evidence the unit mailbox sheet already shows in its own columns. */
    private static final Set<String> MONTH_COLUMNS = Set.of("workingDays", "daysChecked", "daysInBreach",
            "maxUnread", "oldestUnreadAgeDays");
    /** Rows kept in memory per streamed sheet. */
    private static final int WINDOW = 500;

    private final ReportProperties settings;
    private final Regulation regulation;

    MonthlyWorkbookWriter(ReportProperties settings, Regulation regulation) {
        this.settings = settings;
        this.regulation = regulation;
    }

    public Path write(MonthlyReport report) throws IOException {
        ReportTexts texts = new ReportTexts(settings.locale());
        MailboxNames names = new MailboxNames(report.units(), report.accounts(), texts);
        List<Finding> findings = report.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> nullsLast(names.unitCodeOf(f)))
                        .thenComparing(f -> nullsLast(f.address()))
                        .thenComparing(Finding::code)
                        .thenComparing(Finding::subject))
                .toList();
        try (XSSFWorkbook summary = new XSSFWorkbook()) {
            Styles styles = new Styles(summary, texts);
            new SummarySheet(texts, styles).write(summary, report, UnitFigures.perUnit(report, names), names);
            SXSSFWorkbook workbook = new SXSSFWorkbook(summary, WINDOW);
            try {
                findingSheet(workbook, texts.sheet("passwords"), of(findings, PASSWORD), report.passwordExempt(),
                        texts, styles, names);
                unitMailboxSheet(workbook, report, findings, texts, styles, names);
                findingSheet(workbook, texts.sheet("personalUse"), of(findings, EnumSet.of(FindingCode.PERSONAL_USE)),
                        List.of(), texts, styles, names);
                inventorySheet(workbook, of(findings, INVENTORY), texts, styles, names);
                coverageSheet(workbook, report, findings, texts, styles, names);
                new MethodSheet(texts, styles, regulation).write(workbook, report);
                return WorkbookFiles.writeAtomically(workbook, settings.monthlyWorkbook(report.period()));
            } finally {
                WorkbookFiles.dispose(workbook);
            }
        }
    }

    /**
     * Findings of some codes; below them the mailboxes exempt from those codes' checks (the service accounts on the
     * password sheet), listed so a reader sees they were not forgotten: marked exempt in the waiver column, without
     * a finding code and never counted.
     */
    private void findingSheet(SXSSFWorkbook workbook, String name, List<Finding> findings, List<String> exempt,
                              ReportTexts texts, Styles styles, MailboxNames names) {
        FindingColumns.EvidenceKeys keys = new FindingColumns.EvidenceKeys(settings.showSubjects());
        findings.forEach(keys::add);
        FindingColumns columns = FindingColumns.monthly(texts, names, keys.list());
        ListSheet sheet = new ListSheet(workbook, name, columns.columns(), styles);
        findings.forEach(finding -> columns.write(sheet.add(), finding, null));
        int between = columns.columns().size() - 5;
        exempt.stream()
                .sorted(Comparator.comparing((String address) -> nullsLast(names.unitCodeOf(address)))
                        .thenComparing(address -> address))
                .forEach(address -> {
                    Cells cells = sheet.add();
                    names.write(cells, names.unitCodeOf(address), address);
                    for (int i = 0; i < between; i++) {
                        cells.skip();
                    }
                    cells.text(texts.text("label.passwordExempt"));
                });
        sheet.close();
    }

    /** The provisioning findings by code, then unit and mailbox, each row's evidence in one Details column. */
    private void inventorySheet(SXSSFWorkbook workbook, List<Finding> findings, ReportTexts texts, Styles styles,
                                MailboxNames names) {
        List<Finding> byCode = findings.stream()
                .sorted(Comparator.comparing(Finding::code)
                        .thenComparing(f -> nullsLast(names.unitCodeOf(f)))
                        .thenComparing(f -> nullsLast(f.address()))
                        .thenComparing(Finding::subject))
                .toList();
        FindingColumns.EvidenceKeys keys = new FindingColumns.EvidenceKeys(settings.showSubjects());
        byCode.forEach(keys::add);
        FindingColumns columns = FindingColumns.compact(texts, names, keys.list());
        ListSheet sheet = new ListSheet(workbook, texts.sheet("inventory"), columns.columns(), styles);
        byCode.forEach(finding -> columns.write(sheet.add(), finding, null));
        sheet.close();
    }

    /** One row per unit mailbox, compliant ones included, each beside its backlog finding if it has one. */
    private void unitMailboxSheet(SXSSFWorkbook workbook, MonthlyReport report, List<Finding> findings,
                                  ReportTexts texts, Styles styles, MailboxNames names) {
        List<Finding> backlog = of(findings, EnumSet.of(FindingCode.UNIT_BACKLOG));
        Map<String, Finding> backlogByAddress = new HashMap<>();
        backlog.forEach(f -> backlogByAddress.putIfAbsent(lower(f.address()), f));
        FindingColumns.EvidenceKeys keys = new FindingColumns.EvidenceKeys(settings.showSubjects());
        backlog.forEach(keys::add);
        List<String> evidence = keys.list().stream().filter(key -> !MONTH_COLUMNS.contains(key)).toList();

        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitCode"), 12), new Column(texts.column("unitName"), 28),
                new Column(texts.column("address"), 30), new Column(texts.column("displayName"), 24),
                new Column(texts.column("code"), 16), new Column(texts.column("severity"), 11),
                new Column(texts.column("firstSeen"), 17), new Column(texts.column("lastSeen"), 17),
                new Column(texts.column("workingDays"), 11), new Column(texts.column("daysChecked"), 11),
                new Column(texts.column("daysInBreach"), 12), new Column(texts.column("maxUnread"), 12),
                new Column(texts.column("oldestUnreadAgeDays"), 14), new Column(texts.column("unreadAtEnd"), 12),
                new Column(texts.column("overdueAtEnd"), 12)));
        evidence.forEach(key -> columns.add(new Column(texts.detail(key), 18)));
        columns.add(new Column(texts.column("description"), 36));
        columns.add(new Column(texts.column("waiver"), 30));
        ListSheet sheet = new ListSheet(workbook, texts.sheet("unitMailboxes"), columns, styles);

        Set<String> listed = new HashSet<>();
        report.unitMailboxes().stream()
                .sorted(Comparator.comparing((UnitMailboxRow m) -> nullsLast(names.unitCodeOf(m.address())))
                        .thenComparing(UnitMailboxRow::address))
                .forEach(mailbox -> {
                    listed.add(lower(mailbox.address()));
                    Finding finding = backlogByAddress.get(lower(mailbox.address()));
                    Cells cells = sheet.add();
                    String unit = finding != null ? names.unitCodeOf(finding) : names.unitCodeOf(mailbox.address());
                    names.write(cells, unit, mailbox.address());
                    backlogColumns(cells, finding, texts);
                    cells.number(mailbox.workingDays()).number(mailbox.daysChecked()).number(mailbox.daysInBreach())
                            .number(mailbox.maxUnread()).number(mailbox.oldestUnreadAgeDays())
                            .number(mailbox.unreadAtEnd()).number(mailbox.overdueAtEnd());
                    evidenceColumns(cells, finding, evidence, texts);
                });
        for (Finding finding : backlog) {
            if (listed.add(lower(finding.address()))) {
                Cells cells = sheet.add();
                names.write(cells, names.unitCodeOf(finding), finding.address());
                backlogColumns(cells, finding, texts);
                for (int i = 0; i < 7; i++) {
                    cells.skip();
                }
                evidenceColumns(cells, finding, evidence, texts);
            }
        }
        sheet.close();
    }

    private static void backlogColumns(Cells cells, Finding finding, ReportTexts texts) {
        if (finding == null) {
            cells.skip().skip().skip().skip();
        } else {
            cells.text(finding.code().name()).text(texts.severity(finding.severity()))
                    .dateTime(finding.firstSeen()).dateTime(finding.lastSeen());
        }
    }

    private static void evidenceColumns(Cells cells, Finding finding, List<String> evidence, ReportTexts texts) {
        evidence.forEach(key -> cells.evidence(finding == null ? null
                : texts.detailValue(key, finding.details().get(key))));
        cells.text(finding == null ? null : texts.label(finding.code()))
                .text(finding == null ? null : finding.details().get(FindingColumns.WAIVER));
    }

    /**
     * Every mailbox scanned, failed or skipped with the reason; a mailbox whose scan failed without a coverage row
     * still appears, from its SCAN_FAILED finding. Below: the directory rows that were rejected.
     */
    private void coverageSheet(SXSSFWorkbook workbook, MonthlyReport report, List<Finding> findings,
                               ReportTexts texts, Styles styles, MailboxNames names) {
        ListSheet sheet = new ListSheet(workbook, texts.sheet("coverage"), List.of(
                new Column(texts.column("unitCode"), 12), new Column(texts.column("unitName"), 28),
                new Column(texts.column("address"), 30), new Column(texts.column("displayName"), 24),
                new Column(texts.column("status"), 16), new Column(texts.column("reason"), 50),
                new Column(texts.column("folders"), 10), new Column(texts.column("messages"), 10),
                new Column(texts.column("malformed"), 12)), styles);
        Set<String> covered = new HashSet<>();
        report.coverage().stream()
                .sorted(Comparator.comparing((CoverageRow c) -> nullsLast(names.unitCodeOf(c.address())))
                        .thenComparing(CoverageRow::address))
                .forEach(row -> {
                    covered.add(lower(row.address()));
                    Cells cells = sheet.add();
                    names.write(cells, names.unitCodeOf(row.address()), row.address());
                    cells.text(texts.status(row.status())).text(texts.reason(row.reason()))
                            .number(row.folders()).number(row.messages()).number(row.malformed());
                });
        for (Finding failed : of(findings, EnumSet.of(FindingCode.SCAN_FAILED))) {
            if (covered.add(lower(failed.address()))) {
                Cells cells = sheet.add();
                names.write(cells, names.unitCodeOf(failed), failed.address());
                cells.text(texts.status("FAILED")).text(texts.reason(reason(failed)));
            }
        }
        sheet.close();
        int next = rejections(sheet.sheet(), sheet.nextRow() + 1, report.rejections(), texts, styles);
        suspects(sheet.sheet(), next + 1, report, texts, styles, names);
    }

    /** Directory dates after the run that read them: kept and evaluated, named here as probably wrong in the source. */
    private static void suspects(Sheet sheet, int start, MonthlyReport report, ReportTexts texts, Styles styles,
                                 MailboxNames names) {
        LocalDateTime readAt = report.run().startedAt() != null ? report.run().startedAt() : LocalDateTime.now();
        List<SuspectDates.Suspect> suspects = SuspectDates.in(report.accounts(), readAt);
        Row title = sheet.createRow(start);
        title.createCell(0).setCellValue(texts.text("section.suspects"));
        title.getCell(0).setCellStyle(styles.bold);
        Row header = sheet.createRow(start + 1);
        List<String> headers = List.of(texts.column("unitCode"), texts.column("unitName"), texts.column("address"),
                texts.column("displayName"), texts.column("field"), texts.column("value"), texts.column("reason"));
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(styles.header);
        }
        int r = start + 2;
        for (SuspectDates.Suspect suspect : suspects) {
            Cells cells = new Cells(sheet.createRow(r++), styles);
            names.write(cells, suspect.account().unitCode(), suspect.account().address());
            cells.text(texts.text("suspect.field." + suspect.field())).dateTime(suspect.value())
                    .text(texts.text("suspect.future").formatted(readAt.toLocalDate()));
        }
    }

    private static String reason(Finding failed) {
        String reason = failed.details().get("reason");
        return reason != null ? reason : String.join("; ", failed.details().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList());
    }

    /** @return the first row after the section */
    private static int rejections(Sheet sheet, int start, List<Rejection> rejections, ReportTexts texts,
                                  Styles styles) {
        Row title = sheet.createRow(start);
        title.createCell(0).setCellValue(texts.text("section.rejections"));
        title.getCell(0).setCellStyle(styles.bold);
        Row header = sheet.createRow(start + 1);
        List<String> headers = List.of(texts.column("source"), texts.column("row"), texts.column("key"),
                texts.column("reason"));
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(styles.header);
        }
        int r = start + 2;
        for (Rejection rejection : rejections) {
            new Cells(sheet.createRow(r++), styles).text(rejection.source()).number(rejection.rowNumber())
                    .text(rejection.rowKey()).text(rejection.reason());
        }
        return r;
    }

    private static List<Finding> of(List<Finding> findings, Set<FindingCode> codes) {
        return findings.stream().filter(f -> codes.contains(f.code())).toList();
    }

    private static String lower(String address) {
        return address == null ? "" : address.toLowerCase();
    }

    /** Sorts missing values after the others. */
    private static String nullsLast(String value) {
        return value == null || value.isEmpty() ? "\uffff" : value;
    }
}
