/**
 * Reminders before a breach: expiring passwords, overdue unit mail.
 */
@ApplicationModule(allowedDependencies = {"backlog", "check", "delivery", "directory", "finding"})
package vn.mailcompliance.notify;

import org.springframework.modulith.ApplicationModule;
