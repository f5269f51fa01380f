/**
 * Users' Sieve rules: the ManageSieve client, file reading, redirect parsing.
 */
@ApplicationModule(allowedDependencies = {"imap"})
package vn.mailcompliance.sieve;

import org.springframework.modulith.ApplicationModule;
