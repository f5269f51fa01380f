/**
 * Mailing the workbook to leadership, S/MIME-signed when configured.
 */
@ApplicationModule(allowedDependencies = {"report"})
package vn.mailcompliance.delivery;

import org.springframework.modulith.ApplicationModule;
