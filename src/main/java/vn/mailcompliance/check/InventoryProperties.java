package vn.mailcompliance.check;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mailbox inventory rules of articles 12 and 15 ({@code compliance.inventory}).
 *
 * @param freeWebmail      domains of free webmail services: a forwarding to one is named as such (article 16)
 * @param leaverGrace      how long after the leaving date a mailbox may stay enabled and be logged into (revocation is
 *                         often scheduled weeks after leaving); {@code P0D}: from the day after
 * @param unattendedAfter  working days without any login after which a personal mailbox is unattended (article 15.1)
 * @param freeWebmailThreshold sent mail to free webmail addresses that are not the sender's own, in one period, above
 *                    which a mailbox is {@code WORK_MAIL_TO_FREE_WEBMAIL}. Default 20 (about one a working day): a
 *                    ministry answers citizens and firms who write from free webmail, so a few are expected; mail to
 *                    one's own free webmail address is a finding at any count
 */
@ConfigurationProperties("compliance.inventory")
record InventoryProperties(
        @DefaultValue({"gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn", "ymail.com", "outlook.com",
                "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "yandex.com", "yandex.ru",
                "mail.ru", "proton.me", "protonmail.com", "gmx.com", "zoho.com"}) List<String> freeWebmail,
        @DefaultValue("P0D") Period leaverGrace,
        @DefaultValue("10") int unattendedAfter,
        @DefaultValue("20") int freeWebmailThreshold) {

    InventoryProperties {
        if (leaverGrace.isNegative()) {
            throw new IllegalArgumentException("compliance.inventory.leaver-grace must not be negative, was "
                    + leaverGrace + ": use P0D for no grace");
        }
        if (unattendedAfter < 1) {
            throw new IllegalArgumentException("compliance.inventory.unattended-after must be at least 1 working day, "
                    + "was " + unattendedAfter);
        }
    }
}
