/**
 * The auditor's read-only, headers-only IMAP access: MailboxScanner and its MailboxAccess (own logins or the shared
 * namespace), watermarks, coverage. Angus and Dovecot details stay in imap.internal.
 */
@ApplicationModule(allowedDependencies = {})
package vn.mailcompliance.imap;

import org.springframework.modulith.ApplicationModule;
