package vn.mailcompliance.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.report.ListSheet.Column;

/**
 * The layout of a finding row: unit code, unit name, mailbox, display name, finding code, (the period, in the audit),
 * severity, first seen, last seen, (what distinguishes it, in the audit), one column per evidence key, the breach in
 * words and the waiver that covers it, if any.
 */
final class FindingColumns {

    /** The evidence key under which an approved exception is recorded; it has its own last column. */
    static final String WAIVER = "waiver";
    /** The evidence key of sample subjects, left out when {@code compliance.report.show-subjects} is false. */
    static final String SAMPLES = "samples";

    private final ReportTexts texts;
    private final MailboxNames names;
    private final List<String> evidenceKeys;
    private final boolean audit;

    private FindingColumns(ReportTexts texts, MailboxNames names, List<String> evidenceKeys, boolean audit) {
        this.texts = texts;
        this.names = names;
        this.evidenceKeys = List.copyOf(evidenceKeys);
        this.audit = audit;
    }

    static FindingColumns monthly(ReportTexts texts, MailboxNames names, List<String> evidenceKeys) {
        return new FindingColumns(texts, names, evidenceKeys, false);
    }

    static FindingColumns audit(ReportTexts texts, MailboxNames names, List<String> evidenceKeys) {
        return new FindingColumns(texts, names, evidenceKeys, true);
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
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.column("unitCode"), 12), new Column(texts.column("unitName"), 28),
                new Column(texts.column("address"), 30), new Column(texts.column("displayName"), 24),
                new Column(texts.column("code"), 28)));
        if (audit) {
            columns.add(new Column(texts.column("period"), 9));
        }
        columns.add(new Column(texts.column("severity"), 11));
        columns.add(new Column(texts.column("firstSeen"), 17));
        columns.add(new Column(texts.column("lastSeen"), 17));
        if (audit) {
            columns.add(new Column(texts.column("subject"), 24));
        }
        evidenceKeys.forEach(key -> columns.add(new Column(texts.detail(key), key.equals(SAMPLES) ? 60 : 18)));
        columns.add(new Column(texts.column("description"), 36));
        columns.add(new Column(texts.column("waiver"), 30));
        return columns;
    }

    void write(Cells cells, Finding finding, String period) {
        names.write(cells, names.unitCodeOf(finding), finding.address());
        cells.text(finding.code().name());
        if (audit) {
            cells.text(period);
        }
        cells.text(texts.severity(finding.severity()))
                .dateTime(finding.firstSeen())
                .dateTime(finding.lastSeen());
        if (audit) {
            cells.text(finding.subject());
        }
        evidenceKeys.forEach(key -> cells.evidence(finding.details().get(key)));
        cells.text(texts.label(finding.code()))
                .text(finding.details().get(WAIVER));
    }
}
