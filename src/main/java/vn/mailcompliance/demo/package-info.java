/**
 * The embedded demo ministry: its directory, roster and in-JVM mail server.
 */
@ApplicationModule(allowedDependencies = {"directory"})
package vn.mailcompliance.demo;

import org.springframework.modulith.ApplicationModule;
