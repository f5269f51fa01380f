package vn.mailcompliance.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.mailcompliance.personaluse.PersonalUseProperties;

import vn.mailcompliance.directory.DirectoryRead.Rejection;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.report.ListSheet.Column;
import vn.mailcompliance.report.MonthlyReport.CoverageRow;
import vn.mailcompliance.report.MonthlyReport.UnitMailboxRow;

/**
 * Writes the monthly workbooks: the organisation's (Summary with its chart, Passwords, Unit mailboxes, Personal use,
 * Inventory, Coverage, Method, Trend) and one per unit with the same sheets holding only that unit's rows and its
 * rank. The Summary and the Trend are XSSF sheets because charts need them; the lists are streamed (SXSSF) so that a
 * large ministry fits in a small heap. Leadership and unit workbooks never show mail subjects.
 */
@Component
public class MonthlyWorkbookWriter {

    private static final Set<FindingCode> PASSWORD = EnumSet.of(FindingCode.PASSWORD_NEVER_CHANGED,
            FindingCode.PASSWORD_EXPIRED, FindingCode.PASSWORD_EXPIRING);
    /** The codes with sheets of their own; every other code is a provisioning finding of the Inventory sheet. */
    private static final Set<FindingCode> OWN_SHEET = EnumSet.of(FindingCode.PASSWORD_NEVER_CHANGED,
            FindingCode.PASSWORD_EXPIRED, FindingCode.PASSWORD_EXPIRING, FindingCode.UNIT_BACKLOG,
            FindingCode.PERSONAL_USE, FindingCode.SCAN_FAILED);
    /** The backlog evidence the unit mailbox sheet already shows in its own columns. */
    private static final Set<String> MONTH_COLUMNS = Set.of("workingDays", "daysChecked", "daysInBreach",
            "maxUnread", "oldestUnreadAgeDays");
    /** Rows kept in memory per streamed sheet. */
    private static final int WINDOW = 500;

    private final ReportProperties settings;
    private final Regulation regulation;
    private final PersonalUseProperties personalUse;
    private final ScoreHistory history;

    MonthlyWorkbookWriter(ReportProperties settings, Regulation regulation, PersonalUseProperties personalUse,
                          ScoreHistory history) {
        this.settings = settings;
        this.regulation = regulation;
        this.personalUse = personalUse;
        this.history = history;
    }

    /**
     * Publishes the period's scores to the history, then writes the organisation's workbook and each unit's.
     *
     * @return the files written
     */
    public MonthlyWorkbooks write(MonthlyReport report) throws IOException {
        ReportTexts texts = new ReportTexts(settings.locale());
        MailboxNames names = new MailboxNames(report.units(), report.accounts(), texts);
        Scoring scoring = new Scoring(settings.severityWeights(), personalUse.activeWindow(), report.evaluatedAt(),
                report.accounts());
        Scoreboard board = Scoreboard.publish(report, names, scoring, history, texts.text("label.total"));
        Path organisation = write(report, board, scoring, texts, null, settings.monthlyWorkbook(report.period()));
        Map<String, Path> units = new LinkedHashMap<>();
        for (UnitFigures unit : board.units()) {
            if (!unit.unitCode().isEmpty()) {
                units.put(unit.unitCode(), write(ofUnit(report, names, unit.unitCode()), board, scoring, texts,
                        unit.unitCode(), settings.unitWorkbook(report.period(), unit.unitCode())));
            }
        }
        return new MonthlyWorkbooks(organisation, units);
    }

    private Path write(MonthlyReport report, Scoreboard board, Scoring scoring, ReportTexts texts, String focus,
                       Path target) throws IOException {
        MailboxNames names = new MailboxNames(report.units(), report.accounts(), texts);
        PrintLayout.Heading heading = PrintLayout.Heading.of(texts, report);
        List<Finding> findings = report.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> nullsLast(names.unitCodeOf(f)))
                        .thenComparing(f -> nullsLast(f.address()))
                        .thenComparing(Finding::code)
                        .thenComparing(Finding::subject))
                .toList();
        try (XSSFWorkbook charts = new XSSFWorkbook()) {
            Styles styles = new Styles(charts, texts);
            new SummarySheet(texts, styles, settings).write(charts, report, board, names, scoring, focus);
            SXSSFWorkbook workbook = new SXSSFWorkbook(charts, WINDOW);
            try {
                Lists lists = new Lists(workbook, texts, styles, names, heading, scoring);
                lists.findingSheet(texts.sheet("passwords"), of(findings, PASSWORD), report.passwordExempt());
                lists.unitMailboxSheet(report, findings);
                ListSheet personal = lists.findingSheet(texts.sheet("personalUse"),
                        of(findings, EnumSet.of(FindingCode.PERSONAL_USE)), List.of());
                new PersonalUseByCategory(texts, styles).write(personal.sheet(), personal.nextRow() + 1, findings,
                        focus == null ? board.units() : List.of(board.unit(focus)), names, scoring);
                lists.inventorySheet(findings.stream().filter(f -> !OWN_SHEET.contains(f.code())).toList());
                lists.coverageSheet(report, findings);
                new MethodSheet(texts, styles, regulation, settings).write(workbook, report, heading);
                new TrendSheet(texts, styles, settings).write(workbook.getXSSFWorkbook(), board, heading, focus);
                return WorkbookFiles.writeAtomically(workbook, target);
            } finally {
                WorkbookFiles.dispose(workbook);
            }
        }
    }

    /** The report of one unit: its mailboxes, its findings, its coverage; the directory's rejections stay out. */
    private static MonthlyReport ofUnit(MonthlyReport report, MailboxNames names, String unitCode) {
        Predicate<String> ofUnit = address -> unitCode.equals(names.unitCodeOf(address));
        return new MonthlyReport(report.organization(), report.period(), report.evaluatedAt(), report.run(),
                report.units().stream().filter(u -> u.code().equals(unitCode)).toList(),
                report.accounts().stream().filter(a -> unitCode.equals(a.unitCode())).toList(),
                report.findings().stream().filter(f -> unitCode.equals(names.unitCodeOf(f))).toList(),
                report.coverage().stream().filter(c -> ofUnit.test(c.address())).toList(),
                List.of(),
                report.unitMailboxes().stream().filter(m -> ofUnit.test(m.address())).toList(),
                report.passwordExempt().stream().filter(ofUnit).toList(),
                report.method(), report.sentMail());
    }

    /** The list sheets of one workbook. */
    private final class Lists {

        private final SXSSFWorkbook workbook;
        private final ReportTexts texts;
        private final Styles styles;
        private final MailboxNames names;
        private final PrintLayout.Heading heading;
        private final Scoring scoring;

        Lists(SXSSFWorkbook workbook, ReportTexts texts, Styles styles, MailboxNames names,
              PrintLayout.Heading heading, Scoring scoring) {
            this.workbook = workbook;
            this.texts = texts;
            this.styles = styles;
            this.names = names;
            this.heading = heading;
            this.scoring = scoring;
        }

        /**
         * Findings of some codes; below them the mailboxes exempt from those codes' checks (the service accounts on
         * the password sheet), listed so a reader sees they were not forgotten: marked exempt in the waiver column,
         * without a finding code and never counted.
         */
        ListSheet findingSheet(String name, List<Finding> findings, List<String> exempt) {
            FindingColumns columns = columns(findings);
            ListSheet sheet = new ListSheet(workbook, name, columns.columns(), styles, heading);
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
            return sheet;
        }

        /**
         * The provisioning findings by code, then unit and mailbox, with each code's key evidence only
         * ({@link KeyEvidence}): the auditors' export has the rest.
         */
        void inventorySheet(List<Finding> findings) {
            List<Finding> byCode = findings.stream()
                    .sorted(Comparator.comparing(Finding::code)
                            .thenComparing(f -> nullsLast(names.unitCodeOf(f)))
                            .thenComparing(f -> nullsLast(f.address()))
                            .thenComparing(Finding::subject))
                    .toList();
            EvidenceColumns.Collector evidence = new EvidenceColumns.Collector(false, false);
            byCode.forEach(evidence::add);
            FindingColumns columns = FindingColumns.monthly(texts, names, evidence.keyEvidence(), scoring);
            ListSheet sheet = new ListSheet(workbook, texts.sheet("inventory"), columns.columns(), styles, heading);
            byCode.forEach(finding -> columns.write(sheet.add(), finding, null));
            sheet.close();
        }

        /** The columns the findings' evidence uses, subjects and the first and last message never among them. */
        private FindingColumns columns(List<Finding> findings) {
            return FindingColumns.monthly(texts, names, evidence(findings), scoring);
        }

        private static EvidenceColumns evidence(List<Finding> findings) {
            EvidenceColumns.Collector evidence = new EvidenceColumns.Collector(false, false);
            findings.forEach(evidence::add);
            return evidence.build();
        }

        /** One row per unit mailbox, compliant ones included, each beside its backlog finding if it has one. */
        void unitMailboxSheet(MonthlyReport report, List<Finding> findings) {
            List<Finding> backlog = of(findings, EnumSet.of(FindingCode.UNIT_BACKLOG));
            Map<String, Finding> backlogByAddress = new HashMap<>();
            backlog.forEach(f -> backlogByAddress.putIfAbsent(lower(f.address()), f));
            EvidenceColumns evidence = evidence(backlog).without(MONTH_COLUMNS);

            List<Column> columns = new ArrayList<>(FindingColumns.mailboxColumns(texts));
            columns.addAll(List.of(
                    new Column(texts.column("code"), 14), new Column(texts.column("label"), 14, true),
                    new Column(texts.column("severity"), 8, true),
                    new Column(texts.column("firstSeen"), 11), new Column(texts.column("lastSeen"), 11),
                    new Column(texts.column("workingDays"), 9, true), new Column(texts.column("daysChecked"), 9, true),
                    new Column(texts.column("daysInBreach"), 10, true), new Column(texts.column("maxUnread"), 9, true),
                    new Column(texts.column("oldestUnreadAgeDays"), 10, true),
                    new Column(texts.column("unreadAtEnd"), 9, true),
                    new Column(texts.column("overdueAtEnd"), 9, true)));
            columns.addAll(evidence.columns(texts));
            columns.add(new Column(texts.column("waiver"), 14, true));
            ListSheet sheet = new ListSheet(workbook, texts.sheet("unitMailboxes"), columns, styles, heading);

            Set<String> listed = new HashSet<>();
            report.unitMailboxes().stream()
                    .sorted(Comparator.comparing((UnitMailboxRow m) -> nullsLast(names.unitCodeOf(m.address())))
                            .thenComparing(UnitMailboxRow::address))
                    .forEach(mailbox -> {
                        listed.add(lower(mailbox.address()));
                        Finding finding = backlogByAddress.get(lower(mailbox.address()));
                        Cells cells = sheet.add();
                        String unit = finding != null ? names.unitCodeOf(finding)
                                : names.unitCodeOf(mailbox.address());
                        names.write(cells, unit, mailbox.address());
                        backlogColumns(cells, finding);
                        cells.number(mailbox.workingDays()).number(mailbox.daysChecked())
                                .number(mailbox.daysInBreach()).number(mailbox.maxUnread())
                                .number(mailbox.oldestUnreadAgeDays()).number(mailbox.unreadAtEnd())
                                .number(mailbox.overdueAtEnd());
                        evidenceColumns(cells, finding, evidence);
                    });
            for (Finding finding : backlog) {
                if (listed.add(lower(finding.address()))) {
                    Cells cells = sheet.add();
                    names.write(cells, names.unitCodeOf(finding), finding.address());
                    backlogColumns(cells, finding);
                    for (int i = 0; i < 7; i++) {
                        cells.skip();
                    }
                    evidenceColumns(cells, finding, evidence);
                }
            }
            sheet.close();
        }

        private void backlogColumns(Cells cells, Finding finding) {
            if (finding == null) {
                cells.skip().skip().skip().skip().skip();
            } else {
                cells.text(finding.code().name()).text(texts.label(finding.code()))
                        .text(texts.severity(finding.severity()))
                        .day(finding.firstSeen()).day(finding.lastSeen());
            }
        }

        private void evidenceColumns(Cells cells, Finding finding, EvidenceColumns evidence) {
            evidence.write(cells, texts, finding);
            cells.text(FindingColumns.waiver(texts, finding));
        }

        /**
         * Every mailbox scanned, failed or skipped with the reason; a mailbox whose scan failed without a coverage
         * row still appears, from its SCAN_FAILED finding. Below: the directory rows that were rejected.
         */
        void coverageSheet(MonthlyReport report, List<Finding> findings) {
            ListSheet sheet = new ListSheet(workbook, texts.sheet("coverage"), List.of(
                    new Column(texts.column("unitCode"), 10), new Column(texts.column("unitName"), 26),
                    new Column(texts.column("address"), 28), new Column(texts.column("displayName"), 22),
                    new Column(texts.column("status"), 14), new Column(texts.column("reason"), 40),
                    new Column(texts.column("folders"), 9), new Column(texts.column("messages"), 9),
                    new Column(texts.column("malformed"), 10)), styles, heading);
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
                    cells.text(texts.status("FAILED")).text(texts.reason(failed.details() instanceof Details.ScanFailed scan
                            ? scan.reason() : null));
                }
            }
            sheet.close();
            int next = report.rejections().isEmpty() ? sheet.nextRow()
                    : rejections(sheet.sheet(), sheet.nextRow() + 1, report.rejections());
            suspects(sheet.sheet(), next + 1, report);
        }

        /** @return the first row after the section */
        private int rejections(Sheet sheet, int start, List<Rejection> rejections) {
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
                new Cells(sheet.createRow(r++), styles).text(ReportTexts.quoted(rejection.source()))
                        .number(rejection.rowNumber()).text(rejection.rowKey())
                        .text(ReportTexts.quoted(rejection.reason()));
            }
            return r;
        }

        /** Directory dates after the run that read them: kept and evaluated, named as probably wrong in the source. */
        private void suspects(Sheet sheet, int start, MonthlyReport report) {
            LocalDateTime readAt = report.run().startedAt() != null ? report.run().startedAt() : LocalDateTime.now();
            List<SuspectDates.Suspect> suspects = SuspectDates.in(report.accounts(), readAt);
            Row title = sheet.createRow(start);
            title.createCell(0).setCellValue(texts.text("section.suspects"));
            title.getCell(0).setCellStyle(styles.bold);
            Row header = sheet.createRow(start + 1);
            List<String> headers = List.of(texts.column("unitCode"), texts.column("unitName"),
                    texts.column("address"), texts.column("displayName"), texts.column("field"),
                    texts.column("value"), texts.column("reason"));
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
