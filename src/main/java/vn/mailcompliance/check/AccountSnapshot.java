package vn.mailcompliance.check;

import java.util.List;

import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.personaluse.Evidence;

/**
 * What is known about one mailbox at the instant of the evaluation, beyond the account itself.
 *
 * @param directory   the whole directory, for look-ups of forwarding destinations and group members
 * @param personalUse every piece of personal-use evidence of the mailbox that arrived by the instant, across months
 */
public record AccountSnapshot(DirectorySnapshot directory, List<Evidence> personalUse) {

    public AccountSnapshot {
        personalUse = personalUse == null ? List.of() : List.copyOf(personalUse);
    }

    /** A snapshot without personal-use evidence. */
    public AccountSnapshot(DirectorySnapshot directory) {
        this(directory, List.of());
    }
}
