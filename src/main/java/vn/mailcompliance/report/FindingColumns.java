package vn.mailcompliance.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.report.ListSheet.Column;

/**
 * The layout of a finding row: unit code, unit name, mailbox, display name, finding code and beside it its label in
 * the report's language, (the period, in the audit), severity, first seen, last seen, (what distinguishes it, in the
 * audit), one column per evidence key the sheet's findings use, whether the finding counts in the score (the
 * monthly workbooks) and the waiver that covers it, if any. Codes and durations among the evidence are shown in the
 * report language.
 */
final class FindingColumns {

    /** The evidence key under which an approved exception is recorded; it has its own last column. */
    static final String WAIVER = "waiver";
    /** The evidence key of sample subjects: only the auditors' export may show them. */
    static final String SAMPLES = "samples";

    private final ReportTexts texts;
    private final MailboxNames names;
    private final List<String> evidenceKeys;
    private final Scoring scoring;

    private FindingColumns(ReportTexts texts, MailboxNames names, List<String> evidenceKeys, Scoring scoring) {
        this.texts = texts;
        this.names = names;
        this.evidenceKeys = List.copyOf(evidenceKeys);
        this.scoring = scoring;
    }

    /** A list of the monthly workbooks, with whether each finding counts in the score. */
    static FindingColumns monthly(ReportTexts texts, MailboxNames names, List<String> evidenceKeys, Scoring scoring) {
        return new FindingColumns(texts, names, evidenceKeys, scoring);
    }

    /** The auditors' export: the period of each finding and what distinguishes it. */
    static FindingColumns audit(ReportTexts texts, MailboxNames names, List<String> evidenceKeys) {
        return new FindingColumns(texts, names, evidenceKeys, null);
    }

    /** Collects the evidence keys of findings in the order they first appear. */
    static final class EvidenceKeys {

        private final Set<String> keys = new LinkedHashSet<>();
        private final boolean showSubjects;

        EvidenceKeys(boolean showSubjects) {
            this.showSubjects = showSubjects;
        }

        void add(Finding finding) {
            finding.details().keySet().stream()
                    .filter(key -> !key.equals(WAIVER) && (showSubjects || !key.equals(SAMPLES)))
                    .forEach(keys::add);
        }

        List<String> list() {
            return List.copyOf(keys);
        }
    }

    List<Column> columns() {
        boolean audit = scoring == null;
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitCode"), 10), new Column(texts.column("unitName"), 26),
                new Column(texts.column("address"), 28), new Column(texts.column("displayName"), 22),
                new Column(texts.column("code"), 22), new Column(texts.column("label"), 30)));
        if (audit) {
            columns.add(new Column(texts.column("period"), 9));
        }
        columns.add(new Column(texts.column("severity"), 10));
        columns.add(new Column(texts.column("firstSeen"), 15));
        columns.add(new Column(texts.column("lastSeen"), 15));
        if (audit) {
            columns.add(new Column(texts.column("subject"), 24));
        }
        evidenceKeys.forEach(key -> columns.add(new Column(texts.detail(key), key.equals(SAMPLES) ? 60 : 13)));
        if (!audit) {
            columns.add(new Column(texts.column("standing"), 24));
        }
        columns.add(new Column(texts.column("waiver"), 10));
        return columns;
    }

    void write(Cells cells, Finding finding, String period) {
        names.write(cells, names.unitCodeOf(finding), finding.address());
        cells.text(finding.code().name()).text(texts.label(finding.code()));
        if (scoring == null) {
            cells.text(period);
        }
        cells.text(texts.severity(finding.severity()))
                .dateTime(finding.firstSeen())
                .dateTime(finding.lastSeen());
        if (scoring == null) {
            cells.text(finding.subject());
        }
        evidenceKeys.forEach(key -> cells.evidence(texts.detailValue(key, finding.details().get(key))));
        if (scoring != null) {
            cells.text(standing(finding));
        }
        cells.text(finding.details().get(WAIVER));
    }

    /** Whether the finding counts in the score, and if not why, in words. */
    String standing(Finding finding) {
        Standing standing = scoring.standing(finding);
        if (standing == Standing.NO_LONGER_ACTIVE) {
            LocalDateTime newest = Scoring.newestEvidence(finding);
            return texts.format("standing.NO_LONGER_ACTIVE", newest == null ? "—"
                    : texts.readable(newest.toLocalDate().toString()));
        }
        return texts.text("standing." + standing.name());
    }
}
