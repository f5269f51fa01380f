package vn.mailcompliance;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every feature shares: the organisation audited and the zone of every local time.
 *
 * @param zone         the zone in which dates of the mail server's database, check times and periods are read
 * @param organization the name printed on reports and the official mail domains (article 12.2)
 * @param waivers      the approved exceptions file; a missing file means no waiver
 */
@ConfigurationProperties("compliance")
public record ComplianceProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue Organization organization,
        @DefaultValue("jobs/waivers.yml") Path waivers) {

    public record Organization(
            @DefaultValue("Bộ Khoa học và Công nghệ (demo)") String name,
            @DefaultValue("most.gov.vn") List<String> domains) {

        public boolean isOfficial(String domain) {
            return domain != null && domains.stream().anyMatch(d -> d.equalsIgnoreCase(domain));
        }
    }
}
