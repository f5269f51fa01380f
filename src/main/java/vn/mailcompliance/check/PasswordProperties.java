package vn.mailcompliance.check;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password rules of article 15.2 ({@code compliance.password}).
 *
 * @param maxAge          a password older than this is expired
 * @param warnBefore      a password this close to its expiry is expiring
 * @param newAccountGrace how long a new account may keep its initial password before it counts as never changed
 * @param exempt          service accounts (addresses or glob patterns) whose passwords are managed otherwise
 */
@ConfigurationProperties("compliance.password")
record PasswordProperties(
        @DefaultValue("P90D") Period maxAge,
        @DefaultValue("P14D") Period warnBefore,
        @DefaultValue("P14D") Period newAccountGrace,
        @DefaultValue List<String> exempt) {
}
