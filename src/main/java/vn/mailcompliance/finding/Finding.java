package vn.mailcompliance.finding;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One breach of the regulation found for one mailbox (or, for {@link FindingCode#UNIT_MAILBOX_MISSING}, one unit).
 *
 * @param address   the mailbox, {@code null} for a finding about a unit as a whole
 * @param subject   what distinguishes several findings of one code on one mailbox (a service, a forwarding
 *                  destination, a group member); empty when there is only ever one
 * @param details   the evidence, in display order; keys are stable identifiers the report translates
 * @param firstSeen when the breach was first observed (local time in {@code compliance.zone})
 * @param lastSeen  when it was last observed
 */
public record Finding(
        String address,
        String unitCode,
        FindingCode code,
        String subject,
        Map<String, String> details,
        LocalDateTime firstSeen,
        LocalDateTime lastSeen) {

    public Finding {
        subject = subject == null ? "" : subject;
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public Severity severity() {
        return code.severity();
    }
}
