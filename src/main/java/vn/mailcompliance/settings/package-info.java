/**
 * Shared module: the settings every feature shares ({@code ComplianceProperties}: the organisation audited, the zone of
 * every local time), the operator files under {@code jobs/} ({@code OperatorFiles}), and the constraints that settings
 * records declare on their own components, beside the standard ones of {@code jakarta.validation.constraints}
 * ({@code @Positive}, {@code @Max}, {@code @NotEmpty} …). Every {@code @ConfigurationProperties} record of the product is
 * validated at start-up by {@code cli.SettingsCheck}: a violated constraint stops the command with exit status 2 and one
 * line naming the key, its value and where it came from, before any database, job or file is touched. The files
 * operators edit under {@code jobs/} are read by the strict {@link vn.mailcompliance.settings.OperatorFile} loader into
 * records, with messages of the same kind.
 */
@ApplicationModule(allowedDependencies = {})
package vn.mailcompliance.settings;

import org.springframework.modulith.ApplicationModule;
