package vn.mailcompliance.personaluse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

import vn.mailcompliance.settings.PositiveDuration;

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
@Validated
public record PersonalUseProperties(
        @DefaultValue("jobs/personal-use-rules.yml") @NotNull Path rules,
        @DefaultValue List<String> trustedAuthservIds,
        @DefaultValue("P365D") @NotNull
        @PositiveDuration(message = "must be longer than zero, e.g. P365D (a first scan reads this far back)")
        Duration lookback,
        @DefaultValue("P90D") @NotNull
        @PositiveDuration(message = "must be longer than zero, e.g. P90D (a personal-use finding counts while its newest "
                + "evidence is this recent)")
        Duration activeWindow) {
}
