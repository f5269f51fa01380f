package vn.mailcompliance.imap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import vn.mailcompliance.imap.internal.ImapConnector;
import vn.mailcompliance.settings.NonNegativeDuration;
import vn.mailcompliance.settings.PositiveDuration;

/**
 * The IMAP server and the one auditor credential every mailbox is read with (a Dovecot master user or a SASL PLAIN
 * authorization identity), never users' own passwords.
 *
 * @param security       {@code ssl} (implicit TLS), {@code starttls} or {@code none} (plain text, only when set)
 * @param login          {@code separator}: log in as {@code user<separator>masterUser}; {@code authzid}: SASL PLAIN
 *                       as the master user with the mailbox as authorization identity; {@code shared}: one login
 *                       per worker as the auditor itself (a normal user, password {@code masterPassword}), mailboxes
 *                       read through the server's shared namespace, where an ACL grants the auditor only lookup and
 *                       read (used by the daily check; header scans keep the separator login)
 * @param sharedPrefix   in login {@code shared}: the shared namespace's prefix before the address
 * @param threads        mailboxes scanned in parallel (partitions of the scan step)
 * @param trustStore     the certificates the server's certificate is verified against; default: the JVM's
 * @param maxFailedShare above this share of failed mailboxes the job fails instead of reporting a partial scan
 * @param batchSize      messages per FETCH command
 * @param excludedFolders folders never scanned (compared case-insensitively with the full name and its last segment)
 */
@ConfigurationProperties("compliance.imap")
@Validated
public record ImapProperties(
        String host,
        @DefaultValue("993") @Min(value = 1, message = PORT) @Max(value = 65535, message = PORT) int port,
        @DefaultValue("ssl") @NotNull Security security,
        @DefaultValue("auditor") @NotBlank(message = "must name the auditor (the master user)") String masterUser,
        String masterPassword,
        @DefaultValue("separator") @NotNull Login login,
        @DefaultValue("*") @NotEmpty(message = "must be the master-user separator of the server, e.g. *")
        String separator,
        @DefaultValue("shared/") @NotNull String sharedPrefix,
        @DefaultValue("4") @Min(value = 1, message = THREADS) @Max(value = MAX_THREADS, message = THREADS)
        int threads,
        @DefaultValue TrustStore trustStore,
        @DefaultValue("10s") @NotNull @PositiveDuration Duration connectionTimeout,
        @DefaultValue("60s") @NotNull @PositiveDuration Duration readTimeout,
        @DefaultValue("60s") @NotNull @PositiveDuration Duration writeTimeout,
        @DefaultValue Retry retry,
        @DefaultValue("0.2") @DecimalMin(value = "0", message = SHARE) @DecimalMax(value = "1", message = SHARE)
        double maxFailedShare,
        @DefaultValue("500") @Min(value = 1, message = "must be 1 or more messages per FETCH, e.g. 500")
        @Max(value = 100_000, message = "must be at most 100000 messages per FETCH, e.g. 500") int batchSize,
        @DefaultValue({"Junk", "Spam", "Trash", "Deleted Messages", "Deleted Items", "Thư rác", "Thùng rác"})
        List<String> excludedFolders) {

    /** More parallel logins than this only add memory (two cores are saturated from four on). */
    public static final int MAX_THREADS = 64;

    private static final String PORT = "must be a TCP port from 1 to 65535, e.g. 993 (ssl) or 143 (starttls, none)";
    private static final String THREADS = "must be from 1 to " + MAX_THREADS + " parallel mailbox scans, e.g. 4";
    private static final String SHARE = "must be a share from 0 to 1, e.g. 0.2 for 20%";

    public enum Security { SSL, STARTTLS, NONE }

    public enum Login { SEPARATOR, AUTHZID, SHARED }

    /** @param path a JKS or PKCS12 file; empty = the JVM's default trust */
    public record TrustStore(Path path, String password, @DefaultValue("PKCS12") String type) {

        @Override
        public String toString() {
            return "TrustStore[path=" + path + ", type=" + type + "]";
        }
    }

    /** @param attempts how many times a mailbox is tried; {@code backOff} doubles after each failed attempt */
    public record Retry(
            @DefaultValue("3") @Min(value = 1, message = "must be 1 or more tries per mailbox, e.g. 3")
            @Max(value = 10, message = "must be at most 10 tries per mailbox, e.g. 3") int attempts,
            @DefaultValue("2s") @NotNull @NonNegativeDuration Duration backOff) {
    }

    public boolean isExcluded(String folderFullName, char separatorChar) {
        String last = folderFullName.substring(folderFullName.lastIndexOf(separatorChar) + 1);
        return excludedFolders.stream().anyMatch(e -> e.equalsIgnoreCase(folderFullName) || e.equalsIgnoreCase(last));
    }

    /**
     * Parallel unit-mailbox reads of the daily check. A shared-namespace login reads every mailbox over one connection:
     * on a stock Dovecot each further worker is one more forked login, which costs more than it saves.
     */
    public int dailyWorkers() {
        return login == Login.SHARED ? 1 : Math.max(1, threads);
    }

    /** TLS sockets that verify the server as the IMAP connections do, for its other protocols (ManageSieve). */
    public javax.net.ssl.SSLSocketFactory tlsSocketFactory() {
        return ImapConnector.tlsSockets(this);
    }

    public String endpoint() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return "ImapProperties[host=" + host + ", port=" + port + ", security=" + security + ", masterUser="
                + masterUser + ", login=" + login + ", sharedPrefix=" + sharedPrefix + ", threads=" + threads + ", trustStore=" + trustStore + "]";
    }
}
