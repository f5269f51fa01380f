/**
 * Personal use of official mailboxes (article 16): the service rules, sender and subject classification,
 * Authentication-Results, evidence.
 */
@ApplicationModule(allowedDependencies = {"finding", "imap"})
package vn.mailcompliance.personaluse;

import org.springframework.modulith.ApplicationModule;
