package vn.mailcompliance.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.mailcompliance.backlog.UnitMailboxMonth;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.personaluse.Evidence;

/**
 * What is known about one mailbox at the instant of the evaluation, beyond the account itself.
 *
 * @param directory         the whole directory, for look-ups of forwarding destinations and group members
 * @param unitMailboxMonths the period of each unit mailbox, day by day condensed, by address (lower case)
 * @param personalUse       every piece of personal-use evidence of the mailbox that arrived by the instant, across
 *                          months
 * @param lastLoginByAuditor whether the account's last login is one of the product's own scans (a master-user login,
 *                          which Dovecot's last-login plugin records as the owner's): nobody else's use can be told
 */
public record AccountSnapshot(DirectorySnapshot directory, Map<String, UnitMailboxMonth> unitMailboxMonths,
                              List<Evidence> personalUse, boolean lastLoginByAuditor) {

    public AccountSnapshot {
        unitMailboxMonths = Map.copyOf(unitMailboxMonths);
        personalUse = personalUse == null ? List.of() : List.copyOf(personalUse);
    }

    /** A snapshot whose last login is not known to be the auditor's. */
    public AccountSnapshot(DirectorySnapshot directory, Map<String, UnitMailboxMonth> unitMailboxMonths,
                           List<Evidence> personalUse) {
        this(directory, unitMailboxMonths, personalUse, false);
    }

    /** A snapshot with the directory only: no unit-mailbox history, no personal-use evidence. */
    public AccountSnapshot(DirectorySnapshot directory) {
        this(directory, Map.of(), List.of());
    }

    public Optional<UnitMailboxMonth> unitMailboxMonth(String address) {
        return Optional.ofNullable(unitMailboxMonths.get(address.toLowerCase()));
    }
}
