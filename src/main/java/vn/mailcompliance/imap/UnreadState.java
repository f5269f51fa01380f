package vn.mailcompliance.imap;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The unread mail of one folder as of an instant.
 *
 * @param unreadArrivals the INTERNALDATE of every unseen message that arrived by the instant
 * @param totalMessages  every message in the folder
 */
public record UnreadState(String address, List<Instant> unreadArrivals, int totalMessages) {

    public UnreadState {
        unreadArrivals = List.copyOf(unreadArrivals);
    }

    /** The oldest unread message by arrival (INTERNALDATE), which need not be the one with the lowest UID. */
    public Optional<Instant> oldestUnread() {
        return unreadArrivals.stream().min(Comparator.naturalOrder());
    }
}
