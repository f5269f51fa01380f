/**
 * The monthly, unit and audit workbooks, their texts and the regulation's citations.
 */
@ApplicationModule(allowedDependencies = {"directory", "finding", "personaluse", "sentmail"})
package vn.mailcompliance.report;

import org.springframework.modulith.ApplicationModule;
