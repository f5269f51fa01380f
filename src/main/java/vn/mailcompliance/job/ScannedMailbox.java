package vn.mailcompliance.job;

import vn.mailcompliance.imap.KeptHeaders;
import vn.mailcompliance.imap.MailboxScan;
import vn.mailcompliance.imap.ScanOutcome;

/**
 * One mailbox's outcome and, when it was scanned, the watermarks it reached and what the header keepers kept of it
 * (both {@code null} when it failed).
 */
record ScannedMailbox(ScanOutcome outcome, MailboxScan scan, KeptHeaders kept) {
}
