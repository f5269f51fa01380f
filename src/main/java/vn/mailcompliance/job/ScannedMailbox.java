package vn.mailcompliance.job;

import vn.mailcompliance.imap.MailboxScan;
import vn.mailcompliance.imap.ScanOutcome;

/** One mailbox's outcome and, when it was scanned, the watermarks it reached. */
record ScannedMailbox(ScanOutcome outcome, MailboxScan scan) {
}
