/**
 * Shared module: process-wide helpers every module may use (stop requests of serve, streaming queries, redaction of
 * secrets in shown text, Vietnamese text as comparison keys).
 */
@ApplicationModule(allowedDependencies = {})
package vn.mailcompliance.shared;

import org.springframework.modulith.ApplicationModule;
