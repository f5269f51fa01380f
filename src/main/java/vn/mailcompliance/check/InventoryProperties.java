package vn.mailcompliance.check;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mailbox inventory rules of article 12 ({@code compliance.inventory}).
 *
 * @param freeWebmail domains of free webmail services: a forwarding to one is named as such (article 16)
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
        @DefaultValue("20") int freeWebmailThreshold) {
}
