package vn.mailcompliance.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.report.ListSheet.Column;

/**
 * The layout of a finding row: unit code, unit name, mailbox, display name, finding code, (the period, in the audit),
 * severity, first seen, last seen, (what distinguishes it, in the audit), one column per evidence key, the breach in
 * words and the waiver that covers it, if any. Codes and durations among the evidence are shown in the report
 * language. A sheet mixing codes whose evidence has little in common (the inventory) puts all of a row's evidence in
 * one Details column instead, each value after its label, so that the sheet stays narrow.
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
    private final boolean compact;

    private FindingColumns(ReportTexts texts, MailboxNames names, List<String> evidenceKeys, boolean audit,
                           boolean compact) {
        this.texts = texts;
        this.names = names;
        this.evidenceKeys = List.copyOf(evidenceKeys);
        this.audit = audit;
        this.compact = compact;
    }

    static FindingColumns monthly(ReportTexts texts, MailboxNames names, List<String> evidenceKeys) {
        return new FindingColumns(texts, names, evidenceKeys, false, false);
    }

    /** The evidence of each row in one Details column, the keys in the order they are listed. */
    static FindingColumns compact(ReportTexts texts, MailboxNames names, List<String> evidenceKeys) {
        return new FindingColumns(texts, names, evidenceKeys, false, true);
    }

    static FindingColumns audit(ReportTexts texts, MailboxNames names, List<String> evidenceKeys) {
        return new FindingColumns(texts, names, evidenceKeys, true, false);
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
        if (compact) {
            columns.add(new Column(texts.column("details"), 90));
        } else {
            evidenceKeys.forEach(key -> columns.add(new Column(texts.detail(key), key.equals(SAMPLES) ? 60 : 18)));
        }
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
        if (compact) {
            cells.text(details(finding));
        } else {
            evidenceKeys.forEach(key -> cells.evidence(texts.detailValue(key, finding.details().get(key))));
        }
        cells.text(texts.label(finding.code()))
                .text(finding.details().get(WAIVER));
    }

    /** "Label: value; Label: value" of the row's evidence, empty values left out. */
    private String details(Finding finding) {
        StringJoiner joined = new StringJoiner("; ");
        for (String key : evidenceKeys) {
            String value = finding.details().get(key);
            if (value != null && !value.isEmpty()) {
                joined.add(texts.detail(key) + ": " + texts.readable(texts.detailValue(key, value)));
            }
        }
        return joined.toString();
    }
}
