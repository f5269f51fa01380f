package vn.mailcompliance.personaluse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the personal-use check (article 16). The folders a scan skips are the IMAP engine's
 * ({@code compliance.imap.excluded-folders}).
 *
 * @param rules              the rules file mapping sender domains to personal services
 * @param trustedAuthservIds authserv-ids of our own MTAs whose Authentication-Results headers are trusted; none: no
 *                           message is authenticated, so no finding is CONFIRMED
 * @param lookback           how far back the first scan of a mailbox reads
 * @param activeWindow       a PERSONAL_USE finding counts in a period while its newest evidence is at most this old at
 *                           the evaluation instant; older, the service no longer mails the address and the finding is
 *                           listed as no longer active
 */
@ConfigurationProperties("compliance.personal-use")
public record PersonalUseProperties(
        @DefaultValue("jobs/personal-use-rules.yml") Path rules,
        @DefaultValue List<String> trustedAuthservIds,
        @DefaultValue("P365D") Duration lookback,
        @DefaultValue("P90D") Duration activeWindow) {

    public PersonalUseProperties {
        if (activeWindow.isNegative() || activeWindow.isZero()) {
            throw new IllegalArgumentException("compliance.personal-use.active-window " + activeWindow
                    + " must be a positive duration, e.g. P90D.");
        }
    }
}
