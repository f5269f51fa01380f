/**
 * Shared module: process-wide helpers every module may use (stop requests of serve, streaming queries).
 */
@ApplicationModule(allowedDependencies = {})
package vn.mailcompliance.shared;

import org.springframework.modulith.ApplicationModule;
