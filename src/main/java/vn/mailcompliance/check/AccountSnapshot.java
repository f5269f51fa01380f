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
 * @param sentMail          what the mailbox sent in the period
 * @param sieveRedirects    destinations the mailbox's own active Sieve script redirects mail to (lower case)
 * @param lastLoginByAuditor whether the account's last login is one of the product's own scans (a master-user login,
 *                          which Dovecot's last-login plugin records as the owner's): nobody else's use can be told
 */
public record AccountSnapshot(DirectorySnapshot directory, Map<String, UnitMailboxMonth> unitMailboxMonths,
                              List<Evidence> personalUse, SentMail sentMail, List<String> sieveRedirects,
                              boolean lastLoginByAuditor) {

    public AccountSnapshot {
        unitMailboxMonths = Map.copyOf(unitMailboxMonths);
        personalUse = personalUse == null ? List.of() : List.copyOf(personalUse);
        sentMail = sentMail == null ? SentMail.NONE : sentMail;
        sieveRedirects = sieveRedirects == null ? List.of() : List.copyOf(sieveRedirects);
    }

    /** A snapshot without sent mail or Sieve rules. */
    public AccountSnapshot(DirectorySnapshot directory, Map<String, UnitMailboxMonth> unitMailboxMonths,
                           List<Evidence> personalUse) {
        this(directory, unitMailboxMonths, personalUse, SentMail.NONE, List.of(), false);
    }

    /** A snapshot without sent mail or Sieve rules, whose last login may be the auditor's. */
    public AccountSnapshot(DirectorySnapshot directory, Map<String, UnitMailboxMonth> unitMailboxMonths,
                           List<Evidence> personalUse, boolean lastLoginByAuditor) {
        this(directory, unitMailboxMonths, personalUse, SentMail.NONE, List.of(), lastLoginByAuditor);
    }

    /** A snapshot with the directory only: no unit-mailbox history, no personal-use evidence. */
    public AccountSnapshot(DirectorySnapshot directory) {
        this(directory, Map.of(), List.of());
    }

    public Optional<UnitMailboxMonth> unitMailboxMonth(String address) {
        return Optional.ofNullable(unitMailboxMonths.get(address.toLowerCase()));
    }
}
