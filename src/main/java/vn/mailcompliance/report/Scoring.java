package vn.mailcompliance.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import vn.mailcompliance.directory.Account;

import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;

/**
 * Which findings count in a score, and how much. A unit's score is 100 × (1 − Σ weight / mailboxes): each active
 * mailbox of the unit with at least one counted finding takes off the weight of the severity of its worst counted
 * finding ({@code compliance.report.severity-weights}, default high 1, medium 0.6, low 0.3), so a mailbox counts once
 * whatever the number of its findings. Not counted: reminders (PASSWORD_EXPIRING), personal use no longer active or
 * resting on a single unconfirmed message, the IT center's own duties (UNIT_MAILBOX_MISSING), coverage gaps
 * (SCAN_FAILED), waived findings and findings about mailboxes that are not active.
 */
final class Scoring {

    private final ReportProperties.SeverityWeights weights;
    private final LocalDateTime activeSince;
    private final Set<String> activeMailboxes;

    /**
     * @param activeWindow how recent a personal-use finding's newest evidence must be at the evaluation instant
     * @param accounts     the directory's accounts: findings about mailboxes that are not active are not scored
     */
    Scoring(ReportProperties.SeverityWeights weights, Duration activeWindow, LocalDateTime evaluatedAt,
            Collection<Account> accounts) {
        this.weights = weights;
        this.activeSince = evaluatedAt.minus(activeWindow);
        this.activeMailboxes = accounts.stream().filter(Account::active).map(a -> a.address().toLowerCase())
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean isActive(String address) {
        return address != null && activeMailboxes.contains(address.toLowerCase());
    }

    Standing standing(Finding finding) {
        if (finding.waiver() != null) {
            return Standing.WAIVED;
        }
        Standing standing = byCode(finding);
        return standing == Standing.COUNTED && finding.address() != null && !isActive(finding.address())
                ? Standing.INACTIVE_MAILBOX : standing;
    }

    private Standing byCode(Finding finding) {
        return switch (finding.code()) {
            case PASSWORD_EXPIRING -> Standing.REMINDER;
            case UNIT_MAILBOX_MISSING -> Standing.IT_CENTER;
            case SCAN_FAILED -> Standing.COVERAGE;
            case PERSONAL_USE -> personalUse(finding);
            default -> Standing.COUNTED;
        };
    }

    double weight(Finding finding) {
        return weights.of(finding.severity());
    }

    private Standing personalUse(Finding finding) {
        LocalDateTime newest = newestEvidence(finding);
        if (newest != null && newest.isBefore(activeSince)) {
            return Standing.NO_LONGER_ACTIVE;
        }
        if (finding.details() instanceof Details.PersonalUse usage && "PROBABLE".equals(usage.confidence())
                && (usage.messages() == null || usage.messages() < 2)) {
            return Standing.WARNING;
        }
        return Standing.COUNTED;
    }

    /** The arrival of the newest message of the service; the finding's last sighting when the evidence lacks it. */
    static LocalDateTime newestEvidence(Finding finding) {
        if (finding.details() instanceof Details.PersonalUse usage) {
            return usage.lastSeen() != null ? usage.lastSeen() : finding.lastSeen();
        }
        return null;
    }
}
