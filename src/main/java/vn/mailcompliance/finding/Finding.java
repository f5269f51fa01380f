package vn.mailcompliance.finding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One breach of the regulation found for one mailbox (or, for {@link FindingCode#UNIT_MAILBOX_MISSING}, one unit).
 *
 * @param address   the mailbox, {@code null} for a finding about a unit as a whole
 * @param subject   what distinguishes several findings of one code on one mailbox (a service, a forwarding
 *                  destination, a group member); empty when there is only ever one
 * @param details   the evidence: the record of the finding's code ({@link Details#type}); none known when {@code null}
 * @param firstSeen when the breach was first observed (local time in {@code compliance.zone})
 * @param lastSeen  when it was last observed
 * @param waiver    the approved exception the finding was stored with, {@code null} for none
 */
public record Finding(
        String address,
        String unitCode,
        FindingCode code,
        String subject,
        Details details,
        LocalDateTime firstSeen,
        LocalDateTime lastSeen,
        Waived waiver) {

    public Finding {
        Objects.requireNonNull(code, "code");
        subject = subject == null ? "" : subject;
        details = details == null ? Details.none(code) : details;
        if (details.getClass() != Details.type(code)) {
            throw new IllegalArgumentException(code + " evidence must be a " + Details.type(code).getSimpleName()
                    + ", not " + details);
        }
    }

    /** A finding as a check makes it, before any waiver is applied. */
    public Finding(String address, String unitCode, FindingCode code, String subject, Details details,
                   LocalDateTime firstSeen, LocalDateTime lastSeen) {
        this(address, unitCode, code, subject, details, firstSeen, lastSeen, null);
    }

    public Severity severity() {
        return code.severity();
    }

    /**
     * The approved exception a stored finding is reported under.
     *
     * @param until its last day, {@code null} for no end
     */
    public record Waived(String id, String reason, String approver, LocalDate until) {
    }
}
