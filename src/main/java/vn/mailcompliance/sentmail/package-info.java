/**
 * Sent-folder messages: S/MIME and OpenPGP classification, outside recipients, per-period figures.
 */
@ApplicationModule(allowedDependencies = {"check", "imap"})
package vn.mailcompliance.sentmail;

import org.springframework.modulith.ApplicationModule;
