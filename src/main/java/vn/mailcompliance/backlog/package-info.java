/**
 * Unit mailboxes checked every working day (articles 15.1 and 16): the working calendar, the overdue rule, the daily
 * snapshots and the month per unit mailbox.
 */
@ApplicationModule(allowedDependencies = {"directory"})
package vn.mailcompliance.backlog;

import org.springframework.modulith.ApplicationModule;
