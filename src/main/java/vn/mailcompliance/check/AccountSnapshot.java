package vn.mailcompliance.check;

import vn.mailcompliance.directory.DirectorySnapshot;

/**
 * What is known about one mailbox at the instant of the evaluation, beyond the account itself.
 *
 * @param directory the whole directory, for look-ups of forwarding destinations and group members
 */
public record AccountSnapshot(DirectorySnapshot directory) {
}
