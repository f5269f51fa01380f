package vn.mailcompliance.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.report.ListSheet.Column;

/**
 * The layout of a finding row: unit code, unit name, mailbox, display name, finding code and beside it its label in
 * the report's language, (the period, in the audit), severity, first seen, last seen, (what distinguishes it, in the
 * audit), one column per evidence key the sheet's findings use, whether the finding counts in the score (the
 * monthly workbooks) and the waiver that covers it, if any. Codes and durations among the evidence are shown in the
 * report language, numbers and dates with their types.
 */
final class FindingColumns {

    /** The evidence component of sample subjects: only the auditors' export may show them. */
    static final String SAMPLES = "samples";
    /** What a waived finding shows after its evidence: the waiver's reason, approver and last day. */
    static final List<String> WAIVER_EVIDENCE = List.of("waiverReason", "waiverApprover", "waiverUntil");

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

    /** Collects the evidence components that findings know a value of, in the order they first appear. */
    static final class EvidenceKeys {

        private final Set<String> keys = new LinkedHashSet<>();
        private final boolean showSubjects;

        EvidenceKeys(boolean showSubjects) {
            this.showSubjects = showSubjects;
        }

        void add(Finding finding) {
            evidenceOf(finding).forEach((key, value) -> {
                if ((value != null || WAIVER_EVIDENCE.contains(key)) && (showSubjects || !key.equals(SAMPLES))) {
                    keys.add(key);
                }
            });
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
        evidence(cells, texts, finding, evidenceKeys);
        if (scoring != null) {
            cells.text(standing(finding));
        }
        cells.text(waiver(finding));
    }

    /** The id of the approved exception a finding is reported under, or {@code null}. */
    static String waiver(Finding finding) {
        return finding == null || finding.waiver() == null ? null : finding.waiver().id();
    }

    /** A finding's evidence and, when it is waived, the waiver's; {@code null} values where unknown. */
    private static Map<String, Object> evidenceOf(Finding finding) {
        Map<String, Object> evidence = new LinkedHashMap<>(finding.details().values());
        if (finding.waiver() != null) {
            evidence.put(WAIVER_EVIDENCE.get(0), finding.waiver().reason());
            evidence.put(WAIVER_EVIDENCE.get(1), finding.waiver().approver());
            evidence.put(WAIVER_EVIDENCE.get(2), finding.waiver().until());
        }
        return evidence;
    }

    /**
     * The cells of some components of a finding's evidence, each with its type: numbers as numbers, dates as dates,
     * durations in words, codes and lists of codes in the report language, anything else as recorded.
     */
    static void evidence(Cells cells, ReportTexts texts, Finding finding, List<String> components) {
        Map<String, Object> values = finding == null ? Map.of() : evidenceOf(finding);
        for (String component : components) {
            Object value = values.get(component);
            if (value == null) {
                cells.skip();
            } else if (value instanceof Integer || value instanceof Long) {
                cells.number((Number) value);
            } else if (value instanceof LocalDate date) {
                cells.date(date);
            } else if (value instanceof LocalDateTime dateTime) {
                cells.dateTime(dateTime);
            } else if (value instanceof Period period) {
                cells.text(texts.duration(period));
            } else if (value instanceof List<?> list) {
                cells.text(finding.details().joined(component,
                        list.stream().map(part -> texts.detailValue(component, part.toString())).toList()));
            } else if (value instanceof String text) {
                cells.text(texts.detailValue(component, text));
            } else {
                cells.text(texts.detailValue(component, finding.details().text(component)));
            }
        }
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
