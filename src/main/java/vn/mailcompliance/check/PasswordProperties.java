package vn.mailcompliance.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import vn.mailcompliance.settings.NonNegativeDuration;
import vn.mailcompliance.settings.PositiveDuration;

/**
 * Password rules of article 15.2 ({@code compliance.password}).
 *
 * @param maxAge          a password older than this is expired
 * @param warnBefore      a password this close to its expiry is expiring
 * @param newAccountGrace how long a new account may keep its initial password before it counts as never changed
 * @param exempt          service accounts (addresses or glob patterns) whose passwords are managed otherwise
 */
@ConfigurationProperties("compliance.password")
@Validated
record PasswordProperties(
        @DefaultValue("P90D") @NotNull @PositiveDuration(message = "must be longer than zero, e.g. P90D") Period maxAge,
        @DefaultValue("P14D") @NotNull @NonNegativeDuration(message = "must not be negative, e.g. P14D") Period warnBefore,
        @DefaultValue("P14D") @NotNull @NonNegativeDuration(message = "must not be negative, e.g. P14D")
        Period newAccountGrace,
        @DefaultValue List<String> exempt) {

    /** A warning as long as the maximum age would call every password expiring from the day it is changed. */
    @AssertTrue(message = "compliance.password.warn-before must be shorter than compliance.password.max-age, "
            + "e.g. P14D before P90D")
    boolean isWarningShorterThanMaxAge() {
        LocalDate changed = LocalDate.of(2000, 1, 1);
        return maxAge == null || warnBefore == null || changed.plus(warnBefore).isBefore(changed.plus(maxAge));
    }
}
