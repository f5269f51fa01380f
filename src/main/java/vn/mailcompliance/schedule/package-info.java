/**
 * The cron schedules of serve.
 */
@ApplicationModule(allowedDependencies = {"backlog", "job", "notify"})
package vn.mailcompliance.schedule;

import org.springframework.modulith.ApplicationModule;
