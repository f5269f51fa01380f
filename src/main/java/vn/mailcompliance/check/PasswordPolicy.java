package vn.mailcompliance.check;

import java.time.Period;
import java.util.List;

import vn.mailcompliance.directory.AddressPatterns;

/**
 * The password rules in force (article 15.2).
 *
 * @param exemptPatterns service accounts exempt from the password checks; the report lists them as exempt
 */
public record PasswordPolicy(Period maxAge, Period warnBefore, Period newAccountGrace, List<String> exemptPatterns) {

    public PasswordPolicy {
        exemptPatterns = List.copyOf(exemptPatterns);
    }

    /** Whether the mailbox is a service account whose password is not checked. */
    public boolean isExempt(String address) {
        return new AddressPatterns(exemptPatterns).matches(address);
    }
}
