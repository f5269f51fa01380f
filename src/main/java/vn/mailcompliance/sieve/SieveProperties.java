package vn.mailcompliance.sieve;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where users' own Sieve rules are read, read-only ({@code compliance.sieve}).
 *
 * @param source       {@code none} (default: not read), {@code managesieve} (RFC 5804 on the IMAP host, with the
 *                     auditor credential: LISTSCRIPTS and GETSCRIPT of the active script only) or {@code file} (the
 *                     active script read from the mail store, {@code active-script})
 * @param port         ManageSieve port
 * @param activeScript for {@code file}: path of a mailbox's active script, with {@code %u} the address, {@code %d}
 *                     its domain and {@code %n} its local part (Dovecot's default is {@code ~/.dovecot.sieve},
 *                     e.g. {@code /var/vmail/%d/%n/.dovecot.sieve})
 */
@ConfigurationProperties("compliance.sieve")
public record SieveProperties(
        @DefaultValue("none") Source source,
        @DefaultValue("4190") int port,
        String activeScript) {

    public enum Source { NONE, MANAGESIEVE, FILE }

    public SieveProperties {
        if (source == Source.FILE && (activeScript == null || activeScript.isBlank())) {
            throw new IllegalArgumentException("compliance.sieve.source is file but compliance.sieve.active-script is"
                    + " empty: set it to the path of a mailbox's active script, e.g. /var/vmail/%d/%n/.dovecot.sieve");
        }
    }
}
