package vn.mailcompliance.check;

import java.util.Map;
import java.util.Optional;

import vn.mailcompliance.backlog.UnitMailboxMonth;
import vn.mailcompliance.directory.DirectorySnapshot;

/**
 * What is known about one mailbox at the instant of the evaluation, beyond the account itself.
 *
 * @param directory         the whole directory, for look-ups of forwarding destinations and group members
 * @param unitMailboxMonths the period of each unit mailbox, day by day condensed, by address (lower case)
 */
public record AccountSnapshot(DirectorySnapshot directory, Map<String, UnitMailboxMonth> unitMailboxMonths) {

    public AccountSnapshot {
        unitMailboxMonths = Map.copyOf(unitMailboxMonths);
    }

    public AccountSnapshot(DirectorySnapshot directory) {
        this(directory, Map.of());
    }

    public Optional<UnitMailboxMonth> unitMailboxMonth(String address) {
        return Optional.ofNullable(unitMailboxMonths.get(address.toLowerCase()));
    }
}
