package vn.mailcompliance.check;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.mailcompliance.directory.AddressPatterns;
import vn.mailcompliance.settings.ComplianceProperties.Organization;

/**
 * The thresholds the checks apply, gathered from the settings of each feature.
 *
 * @param zone               the zone of every local time (the clock's instant is read in it)
 * @param password           the password rules of article 15.2
 * @param freeWebmailDomains domains of free webmail services (lower case)
 * @param inventory          who holds a mailbox and whether it is attended (articles 12.3b, 15.1, 15.2)
 * @param signing            who must sign sent mail and the least signed share (article 16)
 * @param freeWebmailThreshold mail to others' free webmail addresses in a period above which it is a finding
 */
public record Policy(ZoneId zone, Organization organization, PasswordPolicy password, Set<String> freeWebmailDomains,
                     InventoryPolicy inventory, SigningPolicy signing, int freeWebmailThreshold) {

    public Policy {
        freeWebmailDomains = Set.copyOf(freeWebmailDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    }

    /** A policy with the default inventory rules, nobody required to sign and the default free-webmail threshold. */
    public Policy(ZoneId zone, Organization organization, PasswordPolicy password, Set<String> freeWebmailDomains) {
        this(zone, organization, password, freeWebmailDomains, InventoryPolicy.defaults());
    }

    /** A policy with these inventory rules, nobody required to sign and the default free-webmail threshold, 20. */
    public Policy(ZoneId zone, Organization organization, PasswordPolicy password, Set<String> freeWebmailDomains,
                  InventoryPolicy inventory) {
        this(zone, organization, password, freeWebmailDomains, inventory, SigningPolicy.NOBODY, 20);
    }

    /**
     * Who must sign sent mail: addresses or patterns, besides those the roster marks.
     *
     * @param minShare the least signed share of judged sent mail
     */
    public record SigningPolicy(List<String> requiredFor, double minShare) {

        public static final SigningPolicy NOBODY = new SigningPolicy(List.of(), 0.8);

        public SigningPolicy {
            requiredFor = List.copyOf(requiredFor);
        }

        public boolean requires(String address) {
            return new AddressPatterns(requiredFor).matches(address);
        }
    }

    public boolean isFreeWebmail(String domain) {
        return domain != null && freeWebmailDomains.contains(domain.toLowerCase(Locale.ROOT));
    }
}
