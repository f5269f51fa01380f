package vn.mailcompliance.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.report.ListSheet.Column;

/**
 * The evidence columns of one list. The monthly lists carry only the components of the codes the list holds that some
 * finding of it knows a value of, in the order of the codes and of their records; when several codes share a list (the
 * password codes), their components share columns by position wherever that leaves at most two names on a column
 * ("Ngày tạo hộp thư / Đổi mật khẩu lần cuối"), so that the list stays narrow enough to print one page wide; otherwise
 * each component has its own column. They leave out what other columns of theirs show: the first and last message
 * (first and last seen) and the waiver's details (its column), and show a date-time's day. The Inventory, a dozen
 * codes with up to nine components each, shows only each code's key evidence in four columns ({@link KeyEvidence}).
 * The auditors' export shows every component known and a waived finding's waiver details, a column each in the order
 * they first appear.
 */
final class EvidenceColumns {

    /** The evidence component of sample subjects: only the auditors' export may show them. */
    static final String SAMPLES = "samples";
    /** What a waived finding shows after its evidence: the waiver's reason, approver and last day. */
    static final List<String> WAIVER_EVIDENCE = List.of("waiverReason", "waiverApprover", "waiverUntil");

    /**
     * One column: the component it shows for each code, its names (one or two), its width in characters and whether
     * its text wraps.
     */
    record Slot(Map<FindingCode, String> components, List<String> names, int width, boolean wrap) {
    }

    private final List<Slot> slots;
    private final int codeWidth;
    /** Whether a date-time shows its day only, as first and last seen do in the monthly lists. */
    private final boolean days;

    private EvidenceColumns(List<Slot> slots, int codeWidth, boolean days) {
        this.slots = List.copyOf(slots);
        this.codeWidth = codeWidth;
        this.days = days;
    }

    /** These columns but those showing one of the names (which the list shows in columns of its own). */
    EvidenceColumns without(Set<String> names) {
        return new EvidenceColumns(slots.stream().filter(slot -> slot.names().stream().noneMatch(names::contains))
                .toList(), codeWidth, days);
    }

    /** Wide enough for the longest finding code of the list. */
    int codeWidth() {
        return codeWidth;
    }

    List<Column> columns(ReportTexts texts) {
        return slots.stream().map(slot -> new Column(slot.names().stream().map(texts::detail)
                        .collect(Collectors.joining(" / ")), slot.width(), slot.wrap()))
                .toList();
    }

    /** The finding's evidence, a cell per column: numbers, dates and date-times typed, codes in the report language. */
    void write(Cells cells, ReportTexts texts, Finding finding) {
        Map<String, Object> values = finding == null ? Map.of() : evidenceOf(finding);
        for (Slot slot : slots) {
            String component = finding == null ? null : slot.components().get(finding.code());
            Object value = component == null ? null : values.get(component);
            if (value == null) {
                cells.skip();
            } else if (value instanceof Integer || value instanceof Long) {
                cells.number((Number) value);
            } else if (value instanceof LocalDate date) {
                cells.date(date);
            } else if (value instanceof LocalDateTime dateTime) {
                if (days) {
                    cells.day(dateTime);
                } else {
                    cells.dateTime(dateTime);
                }
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

    /** Collects, finding by finding, the codes of a list and the components they know a value of. */
    static final class Collector {

        private final boolean showSubjects;
        private final boolean everything;
        private final Map<FindingCode, Set<String>> known = new EnumMap<>(FindingCode.class);
        private final Set<String> inOrderOfAppearance = new LinkedHashSet<>();

        /**
         * @param showSubjects whether sample subjects are shown (only ever in the auditors' export)
         * @param everything   whether the evidence repeats the first and last message and the waiver's details, which
         *                     other columns show (the auditors' export) or not (the monthly lists)
         */
        Collector(boolean showSubjects, boolean everything) {
            this.showSubjects = showSubjects;
            this.everything = everything;
        }

        void add(Finding finding) {
            Set<String> ofCode = known.computeIfAbsent(finding.code(), code -> new LinkedHashSet<>());
            evidenceOf(finding).forEach((name, value) -> {
                if (WAIVER_EVIDENCE.contains(name)) {
                    if (everything) {
                        inOrderOfAppearance.add(name);
                    }
                } else if (value != null && (showSubjects || !name.equals(SAMPLES))
                        && (everything || !Details.isSighting(finding.code(), name))) {
                    ofCode.add(name);
                    inOrderOfAppearance.add(name);
                }
            });
        }

        EvidenceColumns build() {
            return everything ? inOrderOfAppearance() : narrow();
        }

        /** A column per component name, in the order they first appear, text on one line: the auditors' export. */
        private EvidenceColumns inOrderOfAppearance() {
            List<Slot> slots = new ArrayList<>();
            for (String name : inOrderOfAppearance) {
                Map<FindingCode, String> components = new EnumMap<>(FindingCode.class);
                known.forEach((code, names) -> {
                    if (names.contains(name) || WAIVER_EVIDENCE.contains(name)) {
                        components.put(code, name);
                    }
                });
                slots.add(new Slot(components, List.of(name), name.equals(SAMPLES) ? 60 : 13, false));
            }
            return new EvidenceColumns(slots, 22, false);
        }

        /** The columns of the codes' components, shared by position where that keeps them few (the monthly lists). */
        private EvidenceColumns narrow() {
            Map<FindingCode, List<String>> byCode = new EnumMap<>(FindingCode.class);
            known.forEach((code, names) -> byCode.put(code,
                    Details.components(code).stream().filter(names::contains).toList()));
            List<Slot> shared = shared(byCode);
            List<Slot> named = named(byCode);
            List<Slot> slots = shared != null && shared.size() < named.size() ? shared : named;
            return new EvidenceColumns(slots, codeWidth(), true);
        }

        /**
         * The Inventory's columns: each code's key evidence ({@link KeyEvidence}) in its column, columns no finding
         * knows a value of left out.
         */
        EvidenceColumns keyEvidence() {
            List<Slot> slots = new ArrayList<>();
            for (KeyEvidence.Column column : KeyEvidence.Column.values()) {
                Map<FindingCode, String> components = new EnumMap<>(FindingCode.class);
                known.forEach((code, names) -> {
                    String component = KeyEvidence.of(code, column);
                    if (component != null && names.contains(component)) {
                        components.put(code, component);
                    }
                });
                if (!components.isEmpty()) {
                    List<String> names = column.heading() != null ? List.of(column.heading())
                            : List.copyOf(new LinkedHashSet<>(components.values()));
                    slots.add(new Slot(components, names, column.width(), true));
                }
            }
            return new EvidenceColumns(slots, codeWidth(), true);
        }

        private int codeWidth() {
            int longest = known.keySet().stream().mapToInt(code -> code.name().length() + 1).max().orElse(14);
            return Math.max(longest, 10);
        }

        /** A column per component name. */
        private static List<Slot> named(Map<FindingCode, List<String>> byCode) {
            Map<String, Map<FindingCode, String>> columns = new LinkedHashMap<>();
            byCode.forEach((code, names) -> names.forEach(name ->
                    columns.computeIfAbsent(name, n -> new EnumMap<>(FindingCode.class)).put(code, name)));
            return columns.values().stream().map(EvidenceColumns::slot).toList();
        }

        /**
         * The codes' components position by position in their records, positions no code knows left out;
         * {@code null} when a column would get more than two names.
         */
        private static List<Slot> shared(Map<FindingCode, List<String>> byCode) {
            int positions = byCode.keySet().stream().mapToInt(code -> Details.components(code).size()).max().orElse(0);
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < positions; i++) {
                Map<FindingCode, String> components = new EnumMap<>(FindingCode.class);
                for (Map.Entry<FindingCode, List<String>> code : byCode.entrySet()) {
                    List<String> all = Details.components(code.getKey());
                    if (all.size() > i && code.getValue().contains(all.get(i))) {
                        components.put(code.getKey(), all.get(i));
                    }
                }
                if (components.isEmpty()) {
                    continue;
                }
                Slot slot = slot(components);
                if (slot.names().size() > 2) {
                    return null;
                }
                slots.add(slot);
            }
            return slots;
        }
    }

    private static Slot slot(Map<FindingCode, String> components) {
        List<String> names = List.copyOf(new LinkedHashSet<>(components.values()));
        int width = components.entrySet().stream()
                .mapToInt(e -> e.getValue().equals(SAMPLES) ? 60
                        : width(Details.componentType(e.getKey(), e.getValue())))
                .max().orElse(10);
        return new Slot(components, names, width, true);
    }

    /** The width in characters a value of the type needs; text and lists wrap. */
    private static int width(Class<?> type) {
        if (type == LocalDateTime.class) {
            return 15;
        } else if (type == LocalDate.class) {
            return 11;
        } else if (type == Period.class) {
            return 9;
        } else if (type == String.class) {
            return 12;
        } else if (type == List.class) {
            return 14;
        }
        return 8;
    }
}
