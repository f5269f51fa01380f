package vn.mailcompliance.settings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Settings every feature shares: the organisation audited and the zone of every local time.
 *
 * @param zone         the zone in which dates of the mail server's database, check times and periods are read
 * @param organization the name printed on reports and the official mail domains (article 12.2)
 * @param waivers      the approved exceptions file; a missing file means no waiver
 */
@ConfigurationProperties("compliance")
@Validated
public record ComplianceProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") @NotNull ZoneId zone,
        @DefaultValue Organization organization,
        @DefaultValue("jobs/waivers.yml") Path waivers) {

    public record Organization(
            @DefaultValue("Bộ Khoa học và Công nghệ (demo)") @NotBlank(message = "must name the organisation on reports")
            String name,
            @DefaultValue("most.gov.vn")
            @NotEmpty(message = "must list the official mail domains (article 12.2), e.g. [most.gov.vn]")
            List<@NotBlank(message = "must not hold an empty domain") String> domains) {

        public boolean isOfficial(String domain) {
            return domain != null && domains.stream().anyMatch(d -> d.equalsIgnoreCase(domain));
        }
    }
}
