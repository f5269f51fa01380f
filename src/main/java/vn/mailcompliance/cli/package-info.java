/**
 * The command line of DESIGN section 4 and the application class: commands, exit statuses, the settings check at
 * start-up. The top of the map: it starts every job.
 */
@ApplicationModule(allowedDependencies = {
        "backlog", "demo", "directory", "finding", "imap", "job", "notify", "personaluse", "report",
        "schedule"})
package vn.mailcompliance.cli;

import org.springframework.modulith.ApplicationModule;
