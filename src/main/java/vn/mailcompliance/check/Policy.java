package vn.mailcompliance.check;

import java.time.ZoneId;

import vn.mailcompliance.ComplianceProperties.Organization;

/**
 * The thresholds the checks apply, gathered from the settings of each feature.
 *
 * @param zone the zone of every local time (the clock's instant is read in it)
 */
public record Policy(ZoneId zone, Organization organization) {
}
