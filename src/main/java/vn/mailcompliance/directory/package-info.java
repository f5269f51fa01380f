/**
 * The directory sources (iRedMail, PostfixAdmin, SQL, Zimbra, Active Directory, generic LDAP), the HR roster, the
 * synchronisation and its store.
 */
@ApplicationModule(allowedDependencies = {})
package vn.mailcompliance.directory;

import org.springframework.modulith.ApplicationModule;
