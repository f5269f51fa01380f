/**
 * Findings, their history and the approved waivers.
 */
@ApplicationModule(allowedDependencies = {})
package vn.mailcompliance.finding;

import org.springframework.modulith.ApplicationModule;
