/**
 * One class per rule: a pure function of (account, directory snapshot, policy, clock) to findings; scan outcomes
 * (imap) are the evidence of SCAN_FAILED.
 */
@ApplicationModule(allowedDependencies = {"backlog", "directory", "finding", "imap", "personaluse"})
package vn.mailcompliance.check;

import org.springframework.modulith.ApplicationModule;
