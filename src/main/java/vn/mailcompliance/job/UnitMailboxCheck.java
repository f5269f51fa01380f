package vn.mailcompliance.job;

import vn.mailcompliance.backlog.UnitMailboxSnapshot;
import vn.mailcompliance.imap.ScanOutcome;

/**
 * The daily check of one unit mailbox, as the processor hands it to the writer: its coverage, and its state when it
 * could be read. Both are stored by the writer, in one thread, so that parallel mailbox reads never contend in the
 * database.
 *
 * @param snapshot {@code null} when the mailbox could not be read
 */
record UnitMailboxCheck(ScanOutcome outcome, UnitMailboxSnapshot snapshot) {
}
