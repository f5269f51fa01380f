package vn.mailcompliance.testsupport;

import java.time.Instant;
import java.util.Set;

/**
 * A message as Dovecot itself stores it, read with {@code doveadm fetch} (not over IMAP).
 *
 * @param uid          the IMAP UID
 * @param flags        system flags and keywords in IMAP spelling ({@code \Seen}, {@code \Flagged}, ...);
 *                     the session flag {@code \Recent} is left out because every reader changes it
 * @param internalDate the IMAP INTERNALDATE (second precision)
 */
public record StoredMessage(long uid, Set<String> flags, Instant internalDate) {

    public StoredMessage {
        flags = Set.copyOf(flags);
    }

    public boolean seen() {
        return flags.contains("\\Seen");
    }
}
