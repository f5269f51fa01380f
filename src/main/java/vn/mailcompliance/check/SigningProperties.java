package vn.mailcompliance.check;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Digital signing of sent mail, article 16 ({@code compliance.signing}).
 *
 * @param requiredFor who must sign: addresses or glob patterns ({@code *@most.gov.vn}, {@code lanhdao.*@*}), besides
 *                    the roster's {@code signs_mail} column; empty (the default) = nobody, so nothing is flagged until
 *                    the ministry decides who signs
 * @param minShare    the least share of judged sent mail (all but S/MIME encrypted) a signer must sign in a period;
 *                    below it is {@code UNSIGNED_OFFICIAL_MAIL}. Default 0.8: official correspondence is signed,
 *                    quick internal replies (about one in five) may not be
 */
@ConfigurationProperties("compliance.signing")
record SigningProperties(
        @DefaultValue List<String> requiredFor,
        @DefaultValue("0.8") double minShare) {

    SigningProperties {
        if (minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("compliance.signing.min-share must be between 0 and 1, not "
                    + minShare + " (e.g. 0.8 for 80 %)");
        }
    }
}
