/**
 * One class per rule: a pure function of (account, directory snapshot, policy, clock) to findings.
 */
@ApplicationModule(allowedDependencies = {"backlog", "directory", "finding", "personaluse"})
package vn.mailcompliance.check;

import org.springframework.modulith.ApplicationModule;
