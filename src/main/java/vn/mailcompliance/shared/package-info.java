/**
 * Shared module: process-wide helpers every module may use (stop requests of serve, streaming queries, redaction of
 * secrets in shown text).
 */
@ApplicationModule(allowedDependencies = {})
package vn.mailcompliance.shared;

import org.springframework.modulith.ApplicationModule;
