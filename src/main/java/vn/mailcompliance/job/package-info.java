/**
 * One Spring Batch configuration per job (monthly, daily, audit, directory sync), the mailbox scan step and its
 * remote partitioning.
 */
@ApplicationModule(allowedDependencies = {
        "backlog", "check", "delivery", "directory", "finding", "imap", "notify", "personaluse", "report",
        "sentmail", "sieve"})
package vn.mailcompliance.job;

import org.springframework.modulith.ApplicationModule;
