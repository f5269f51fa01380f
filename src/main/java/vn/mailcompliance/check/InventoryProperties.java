package vn.mailcompliance.check;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mailbox inventory rules of article 12 ({@code compliance.inventory}).
 *
 * @param freeWebmail domains of free webmail services: a forwarding to one is named as such (article 16)
 */
@ConfigurationProperties("compliance.inventory")
record InventoryProperties(
        @DefaultValue({"gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn", "ymail.com", "outlook.com",
                "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "yandex.com", "yandex.ru",
                "mail.ru", "proton.me", "protonmail.com", "gmx.com", "zoho.com"}) List<String> freeWebmail) {
}
