package vn.mailcompliance.finding;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;

import vn.mailcompliance.settings.Located;
import vn.mailcompliance.settings.OperatorFile;
import vn.mailcompliance.settings.OperatorFile.Entry;
import vn.mailcompliance.settings.OperatorFile.Required;

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

    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z_]*");

    private record WaiversFile(List<Located<WaiverEntry>> waivers) {
    }

    @Entry(noun = "waiver", namedBy = "id")
    private record WaiverEntry(
            @Required(fix = "add a unique id, e.g. id: W-2026-001.") String id,
            String mailbox,
            String unit,
            String service,
            String category,
            FindingCode code,
            @Required(fix = "say why the exception is approved.") String reason,
            @Required(fix = "name who approved the exception.") String approver,
            LocalDate until) {
    }

    private final List<Waiver> waivers;

    private Waivers(List<Waiver> waivers) {
        this.waivers = List.copyOf(waivers);
    }

    public static Waivers empty() {
        return new Waivers(List.of());
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
        return of(OperatorFile.read(new FileSystemResource(file), "compliance.waivers", WaiversFile.class),
                knownCategories);
    }

    public static Waivers parse(Reader reader, String origin, Set<String> knownCategories) {
        return of(OperatorFile.parse(reader, origin, WaiversFile.class), knownCategories);
    }

    private static Waivers of(WaiversFile file, Set<String> knownCategories) {
        List<Waiver> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Located<WaiverEntry> entry : file.waivers()) {
            Waiver w = waiver(entry, knownCategories);
            if (!ids.add(w.id().toLowerCase(Locale.ROOT))) {
                throw entry.problem("the id is used twice", "give every waiver its own id.");
            }
            out.add(w);
        }
        return new Waivers(out);
    }

    private static Waiver waiver(Located<WaiverEntry> entry, Set<String> knownCategories) {
        WaiverEntry w = entry.value();
        if (w.mailbox() == null && w.unit() == null) {
            throw entry.problem("names neither a mailbox nor a unit", "add mailbox: <address> or unit: <unit code> "
                    + "(a waiver never applies to everybody).");
        }
        if (w.mailbox() != null && !w.mailbox().matches("[^@\\s]+@[^@\\s]+")) {
            throw entry.problem("mailbox '" + w.mailbox() + "' is not an e-mail address",
                    "write the full address, e.g. nguyen.van.a@most.gov.vn.");
        }
        if (w.service() == null && w.category() == null && w.code() == null) {
            throw entry.problem("names no service, category or code", "add service: <name from the personal-use "
                    + "rules>, category: <e.g. BANKING> or code: <finding code>.");
        }
        if ((w.service() != null || w.category() != null) && w.code() != null && w.code() != FindingCode.PERSONAL_USE) {
            throw entry.problem("service/category only apply to PERSONAL_USE findings, not " + w.code(),
                    "remove code: or write code: PERSONAL_USE.");
        }
        String category = w.category() == null ? null : w.category().toUpperCase(Locale.ROOT);
        if (category != null && !(knownCategories == null ? CATEGORY.matcher(category).matches()
                : knownCategories.contains(category))) {
            throw entry.problem("unknown category '" + w.category() + "'", "use one of "
                    + (knownCategories == null ? "the categories of the personal-use rules (e.g. BANKING)"
                    : knownCategories.stream().sorted().toList()) + ".");
        }
        return new Waiver(w.id(), w.mailbox(), w.unit(), w.service(), category, w.code(), w.reason(), w.approver(),
                w.until());
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
}
