package vn.mailcompliance.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.report.ListSheet.Column;

/**
 * The layout of a finding row: unit code, unit name, mailbox, display name, finding code and beside it its label in
 * the report's language, (the period, in the audit), severity, first seen, last seen, (what distinguishes it, in the
 * audit), the evidence columns of the list ({@link EvidenceColumns}), whether the finding counts in the score (the
 * monthly workbooks) and the waiver that covers it, if any. In the monthly lists names and labels wrap in narrow
 * columns and first and last seen show their day, so that a list prints one page wide.
 */
final class FindingColumns {

    private final ReportTexts texts;
    private final MailboxNames names;
    private final EvidenceColumns evidence;
    private final Scoring scoring;

    private FindingColumns(ReportTexts texts, MailboxNames names, EvidenceColumns evidence, Scoring scoring) {
        this.texts = texts;
        this.names = names;
        this.evidence = evidence;
        this.scoring = scoring;
    }

    /** A list of the monthly workbooks, with whether each finding counts in the score. */
    static FindingColumns monthly(ReportTexts texts, MailboxNames names, EvidenceColumns evidence, Scoring scoring) {
        return new FindingColumns(texts, names, evidence, scoring);
    }

    /** The auditors' export: the period of each finding and what distinguishes it. */
    static FindingColumns audit(ReportTexts texts, MailboxNames names, EvidenceColumns evidence) {
        return new FindingColumns(texts, names, evidence, null);
    }

    /** The columns naming a mailbox at the start of every row: unit code and name, address, display name. */
    static List<Column> mailboxColumns(ReportTexts texts) {
        return List.of(new Column(texts.column("unitCode"), 8, true), new Column(texts.column("unitName"), 11, true),
                new Column(texts.column("address"), 20, true), new Column(texts.column("displayName"), 11, true));
    }

    List<Column> columns() {
        return scoring == null ? auditColumns() : monthlyColumns();
    }

    private List<Column> monthlyColumns() {
        List<Column> columns = new ArrayList<>(mailboxColumns(texts));
        columns.add(new Column(texts.column("code"), evidence.codeWidth()));
        columns.add(new Column(texts.column("label"), 13, true));
        columns.add(new Column(texts.column("severity"), 8, true));
        columns.add(new Column(texts.column("firstSeen"), 11));
        columns.add(new Column(texts.column("lastSeen"), 11));
        columns.addAll(evidence.columns(texts));
        columns.add(new Column(texts.column("standing"), 13, true));
        columns.add(new Column(texts.column("waiver"), 14, true));
        return columns;
    }

    /** The export auditors filter on screen: wide columns, text on one line. */
    private List<Column> auditColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitCode"), 10), new Column(texts.column("unitName"), 26),
                new Column(texts.column("address"), 28), new Column(texts.column("displayName"), 22),
                new Column(texts.column("code"), 22), new Column(texts.column("label"), 30),
                new Column(texts.column("period"), 9), new Column(texts.column("severity"), 10),
                new Column(texts.column("firstSeen"), 15), new Column(texts.column("lastSeen"), 15),
                new Column(texts.column("subject"), 24)));
        columns.addAll(evidence.columns(texts));
        columns.add(new Column(texts.column("waiver"), 10));
        return columns;
    }

    void write(Cells cells, Finding finding, String period) {
        names.write(cells, names.unitCodeOf(finding), finding.address());
        cells.text(finding.code().name()).text(texts.label(finding.code()));
        if (scoring == null) {
            cells.text(period);
        }
        cells.text(texts.severity(finding.severity()));
        if (scoring == null) {
            cells.dateTime(finding.firstSeen()).dateTime(finding.lastSeen());
        } else {
            cells.day(finding.firstSeen()).day(finding.lastSeen());
        }
        if (scoring == null) {
            cells.text(finding.subject());
        }
        evidence.write(cells, texts, finding);
        if (scoring != null) {
            cells.text(standing(finding)).text(waiver(texts, finding));
        } else {
            cells.text(finding.waiver() == null ? null : finding.waiver().id());
        }
    }

    /** The approved exception a finding is reported under, in words: its id, reason, approver and last day. */
    static String waiver(ReportTexts texts, Finding finding) {
        Finding.Waived waiver = finding == null ? null : finding.waiver();
        if (waiver == null) {
            return null;
        }
        return waiver.until() == null ? texts.format("value.waiver", waiver.id(), waiver.reason(), waiver.approver())
                : texts.format("value.waiverUntil", waiver.id(), waiver.reason(), waiver.approver(),
                texts.readable(waiver.until()));
    }

    /** Whether the finding counts in the score, and if not why, in words. */
    String standing(Finding finding) {
        Standing standing = scoring.standing(finding);
        if (standing == Standing.NO_LONGER_ACTIVE) {
            LocalDateTime newest = Scoring.newestEvidence(finding);
            return texts.format("standing.NO_LONGER_ACTIVE", newest == null ? "—"
                    : texts.readable(newest.toLocalDate()));
        }
        return texts.text("standing." + standing.name());
    }
}
