/**
 * Health and metrics of serve, and the filter that keeps Actuator and the web server out of every other command.
 */
@ApplicationModule(allowedDependencies = {"finding", "imap", "job", "notify"})
package vn.mailcompliance.monitor;

import org.springframework.modulith.ApplicationModule;
