package vn.mailcompliance.check;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import vn.mailcompliance.ComplianceProperties.Organization;

/**
 * The thresholds the checks apply, gathered from the settings of each feature.
 *
 * @param zone               the zone of every local time (the clock's instant is read in it)
 * @param password           the password rules of article 15.2
 * @param freeWebmailDomains domains of free webmail services (lower case)
 * @param inventory          who holds a mailbox and whether it is attended (articles 12.3b, 15.1, 15.2)
 */
public record Policy(ZoneId zone, Organization organization, PasswordPolicy password, Set<String> freeWebmailDomains,
                     InventoryPolicy inventory) {

    public Policy {
        freeWebmailDomains = Set.copyOf(freeWebmailDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    }

    /** A policy with the default inventory rules ({@link InventoryPolicy#defaults()}). */
    public Policy(ZoneId zone, Organization organization, PasswordPolicy password, Set<String> freeWebmailDomains) {
        this(zone, organization, password, freeWebmailDomains, InventoryPolicy.defaults());
    }

    public boolean isFreeWebmail(String domain) {
        return domain != null && freeWebmailDomains.contains(domain.toLowerCase(Locale.ROOT));
    }
}
