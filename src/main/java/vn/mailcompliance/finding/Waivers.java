package vn.mailcompliance.finding;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The approved exceptions of {@code compliance.waivers} (default {@code jobs/waivers.yml}). The file stays the source
 * of truth; it is validated as a whole, and an error names the file, the entry and the fix.
 * <pre>
 * waivers:
 *   - id: W-2026-001                 # unique, required
 *     mailbox: a@most.gov.vn         # and/or unit: VP
 *     service: Vietcombank           # and/or category: BANKING, and/or code: PERSONAL_USE
 *     reason: salary account required by the Treasury
 *     approver: Chánh Văn phòng
 *     until: 2026-12-31              # optional, inclusive
 * </pre>
 */
public final class Waivers {

    /** The waivers file cannot be used; the message names the file, the entry and the fix. */
    public static class InvalidWaiversException extends RuntimeException {
        public InvalidWaiversException(String message) {
            super(message);
        }

        public InvalidWaiversException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Set<String> KEYS = Set.of("id", "mailbox", "unit", "service", "category", "code", "reason",
            "approver", "until");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z_]*");

    private final String origin;
    private final List<Waiver> waivers;

    private Waivers(String origin, List<Waiver> waivers) {
        this.origin = origin;
        this.waivers = List.copyOf(waivers);
    }

    public static Waivers empty() {
        return new Waivers("(none)", List.of());
    }

    /** Loads and validates; category names are checked for form only. A missing file is an error (say so). */
    public static Waivers load(Path file) {
        return load(file, null);
    }

    /**
     * Loads and validates.
     *
     * @param knownCategories the category names a waiver may use (e.g. the personal-use categories), {@code null}
     *                        to check their form only
     */
    public static Waivers load(Path file, Set<String> knownCategories) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString(), knownCategories);
        } catch (IOException e) {
            throw new InvalidWaiversException(file + ": cannot read the waivers file (" + e + "). Fix: point "
                    + "compliance.waivers to a readable UTF-8 YAML file (an empty list 'waivers: []' means no waiver).", e);
        }
    }

    public static Waivers parse(Reader reader, String origin, Set<String> knownCategories) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new InvalidWaiversException(origin + ": not valid YAML: " + e.getMessage().strip()
                    + "\nFix: correct the syntax at the position shown.", e);
        }
        if (root == null) {
            return new Waivers(origin, List.of());
        }
        if (!(root instanceof Map<?, ?> top) || !top.containsKey("waivers") || top.size() != 1) {
            throw new InvalidWaiversException(origin + ": the file must hold one key 'waivers:' with a list. "
                    + "Fix: write 'waivers: []' for none, or see the commented example in jobs/waivers.yml.");
        }
        Object list = top.get("waivers");
        if (list == null) {
            return new Waivers(origin, List.of());
        }
        if (!(list instanceof List<?> entries)) {
            throw new InvalidWaiversException(origin + ": 'waivers:' must be a list. Fix: start each entry with '- id: …'.");
        }
        List<Waiver> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Object entry : entries) {
            index++;
            Waiver w = parseEntry(origin, index, entry, knownCategories);
            if (!ids.add(w.id().toLowerCase(Locale.ROOT))) {
                throw new InvalidWaiversException(origin + ": waiver #" + index + " '" + w.id()
                        + "': the id is used twice. Fix: give every waiver its own id.");
            }
            out.add(w);
        }
        return new Waivers(origin, out);
    }

    private static Waiver parseEntry(String origin, int index, Object entry, Set<String> knownCategories) {
        String where = origin + ": waiver #" + index;
        if (!(entry instanceof Map<?, ?> m)) {
            throw new InvalidWaiversException(where + ": not a mapping. Fix: write '- id: …' followed by its fields.");
        }
        String id = text(m.get("id"));
        if (id == null) {
            throw new InvalidWaiversException(where + ": 'id' is missing. Fix: add a unique id, e.g. id: W-2026-001.");
        }
        where = where + " '" + id + "'";
        for (Object key : m.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InvalidWaiversException(where + ": unknown key '" + key + "'. Fix: use only "
                        + KEYS.stream().sorted().toList() + ".");
            }
        }
        String mailbox = text(m.get("mailbox"));
        String unit = text(m.get("unit"));
        if (mailbox == null && unit == null) {
            throw new InvalidWaiversException(where + ": names neither a mailbox nor a unit. Fix: add mailbox: "
                    + "<address> or unit: <unit code> (a waiver never applies to everybody).");
        }
        if (mailbox != null && !mailbox.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidWaiversException(where + ": mailbox '" + mailbox + "' is not an e-mail address. "
                    + "Fix: write the full address, e.g. nguyen.van.a@most.gov.vn.");
        }
        String service = text(m.get("service"));
        String category = text(m.get("category"));
        String rawCode = text(m.get("code"));
        if (service == null && category == null && rawCode == null) {
            throw new InvalidWaiversException(where + ": names no service, category or code. Fix: add service: <name "
                    + "from the personal-use rules>, category: <e.g. BANKING> or code: <finding code>.");
        }
        FindingCode code = null;
        if (rawCode != null) {
            try {
                code = FindingCode.valueOf(rawCode.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidWaiversException(where + ": unknown code '" + rawCode + "'. Fix: use one of "
                        + Arrays.toString(FindingCode.values()) + ".");
            }
        }
        if ((service != null || category != null) && code != null && code != FindingCode.PERSONAL_USE) {
            throw new InvalidWaiversException(where + ": service/category only apply to PERSONAL_USE findings, not " + code
                    + ". Fix: remove code: or write code: PERSONAL_USE.");
        }
        if (category != null) {
            category = category.toUpperCase(Locale.ROOT);
            boolean known = knownCategories == null ? CATEGORY.matcher(category).matches()
                    : knownCategories.contains(category);
            if (!known) {
                throw new InvalidWaiversException(where + ": unknown category '" + m.get("category") + "'. Fix: use one of "
                        + (knownCategories == null ? "the categories of the personal-use rules (e.g. BANKING)"
                        : knownCategories.stream().sorted().toList()) + ".");
            }
        }
        String reason = text(m.get("reason"));
        if (reason == null) {
            throw new InvalidWaiversException(where + ": 'reason' is missing. Fix: say why the exception is approved.");
        }
        String approver = text(m.get("approver"));
        if (approver == null) {
            throw new InvalidWaiversException(where + ": 'approver' is missing. Fix: name who approved the exception.");
        }
        LocalDate until = date(where, m.get("until"));
        return new Waiver(id, mailbox, unit, service, category, code, reason, approver, until);
    }

    private static LocalDate date(String where, Object raw) {
        if (raw == null || String.valueOf(raw).isBlank()) {
            return null;
        }
        if (raw instanceof Date d) { // SnakeYAML reads an unquoted 2026-12-31 as a UTC timestamp
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(raw).strip());
        } catch (DateTimeParseException e) {
            throw new InvalidWaiversException(where + ": until '" + raw + "' is not a date. Fix: write YYYY-MM-DD "
                    + "(e.g. until: 2026-12-31), or leave it out for no end.");
        }
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        String s = String.valueOf(o).strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * The first waiver (in file order) that covers the finding on {@code asOf}. Waivers whose {@code until} is before
     * {@code asOf} do not apply.
     *
     * @param categoryOfService the personal-use category of the finding's service (e.g. "BANKING"), or {@code null}
     */
    public Optional<Waiver> applicableTo(Finding finding, String categoryOfService, LocalDate asOf) {
        return waivers.stream().filter(w -> w.appliesTo(finding, categoryOfService, asOf)).findFirst();
    }

    /**
     * The findings a waiver covers on {@code asOf}, each with the first waiver (in file order) that does. A
     * PERSONAL_USE finding's category is that of its evidence.
     */
    public Map<Finding, Waiver> waived(Collection<Finding> findings, LocalDate asOf) {
        Map<Finding, Waiver> waived = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String category = finding.details() instanceof Details.PersonalUse usage ? usage.category() : null;
            applicableTo(finding, category, asOf).ifPresent(waiver -> waived.put(finding, waiver));
        }
        return waived;
    }

    public List<Waiver> all() {
        return waivers;
    }

    public String origin() {
        return origin;
    }
}
