package vn.mailcompliance.imap;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which folders of a mailbox hold the mail it sent ({@code compliance.sent-mail}). A server that marks folders with
 * SPECIAL-USE attributes (RFC 6154) names them itself: the folders it marks {@code \Sent} are the sent folders. Only
 * when it marks none are folders recognised by {@code folders}, compared case-insensitively (and in Unicode NFC, so
 * "Đã gửi" matches however a client composed it) with the full name and its last segment.
 */
@ConfigurationProperties("compliance.sent-mail")
public record SentFolderProperties(
        @DefaultValue({"Sent", "Sent Messages", "Sent Items", "Sent Mail", "Sent-Mail", "Đã gửi", "Thư đã gửi",
                "Gửi đi", "Thư gửi đi"}) List<String> folders) {

    /** Whether a folder is a sent folder by its name alone (when no folder is marked {@code \Sent}). */
    public boolean named(String folderFullName, char separator) {
        String full = fold(folderFullName);
        String last = full.substring(full.lastIndexOf(separator) + 1);
        return folders.stream().map(SentFolderProperties::fold).anyMatch(n -> n.equals(full) || n.equals(last));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
