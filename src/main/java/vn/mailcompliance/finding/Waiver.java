package vn.mailcompliance.finding;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An approved exception: findings of a mailbox (or of every mailbox of a unit) about a service, a category of
 * services or a finding code are reported as waived, not as breaches, until a date.
 * A waiver names at least one scope (mailbox, unitCode) and at least one target (service, category, code); every
 * field it names must match.
 *
 * @param service  a personal service's name (matches the PERSONAL_USE finding's subject), or {@code null}
 * @param category a personal-use category name (e.g. {@code BANKING}), or {@code null}
 * @param until    last day the waiver applies (inclusive), {@code null} for no end
 */
public record Waiver(
        String id,
        String mailbox,
        String unitCode,
        String service,
        String category,
        FindingCode code,
        String reason,
        String approver,
        LocalDate until) {

    /** Whether the waiver covers this finding on {@code asOf}; {@code categoryOfService} may be {@code null}. */
    public boolean appliesTo(Finding finding, String categoryOfService, LocalDate asOf) {
        if (finding == null) {
            return false;
        }
        if (until != null && asOf != null && until.isBefore(asOf)) {
            return false;
        }
        if (mailbox != null && !mailbox.equalsIgnoreCase(nullToEmpty(finding.address()))) {
            return false;
        }
        if (unitCode != null && !unitCode.equalsIgnoreCase(nullToEmpty(finding.unitCode()))) {
            return false;
        }
        if (code != null && code != finding.code()) {
            return false;
        }
        if (service != null && (finding.code() != FindingCode.PERSONAL_USE
                || !service.strip().equalsIgnoreCase(finding.subject().strip()))) {
            return false;
        }
        if (category != null && (categoryOfService == null
                || !category.equals(categoryOfService.strip().toUpperCase(Locale.ROOT)))) {
            return false;
        }
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
