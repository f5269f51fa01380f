package vn.mailcompliance.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.imap.FailFast;
import vn.mailcompliance.imap.HeaderKeeper;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.KeptHeaders;
import vn.mailcompliance.imap.MailboxAccess;
import vn.mailcompliance.imap.MailboxScan;
import vn.mailcompliance.imap.MailboxScanException;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.imap.Watermark;
import vn.mailcompliance.imap.WatermarkRepository;

/**
 * Reads one mailbox's headers since its watermarks (a first scan: since the look-back) up to the evaluation instant,
 * handing them to the header keepers, which keep what their features store (the step's writers store it); an attempt
 * that fails is retried with a growing back-off, from scratch, and a mailbox that still fails is a FAILED outcome,
 * never an exception, so the partition goes on.
 */
class MailboxScanProcessor implements ItemProcessor<Account, ScannedMailbox> {

    private final MailboxAccess headers;
    private final WatermarkRepository watermarks;
    private final List<HeaderKeeper> keepers;
    private final ImapProperties.Retry retry;
    private final ScanProgress progress;
    private final FailFast failFast;
    private final Instant since;
    private final Instant asOf;
    private final ZoneId zone;

    MailboxScanProcessor(MailboxAccess headers, WatermarkRepository watermarks, List<HeaderKeeper> keepers,
                         ImapProperties.Retry retry, ScanProgress progress, FailFast failFast, Instant since,
                         Instant asOf, ZoneId zone) {
        this.headers = headers;
        this.watermarks = watermarks;
        this.keepers = List.copyOf(keepers);
        this.retry = retry;
        this.progress = progress;
        this.failFast = failFast;
        this.since = since;
        this.asOf = asOf;
        this.zone = zone;
    }

    @Override
    public ScannedMailbox process(Account account) throws InterruptedException {
        String address = account.address();
        LocalDateTime startedAt = LocalDateTime.now(zone);
        // Read once for every attempt: only the step's writer stores watermarks, after the item, and the scan only
        // reads them.
        Map<String, Watermark> marks = Collections.unmodifiableMap(watermarks.forMailbox(address));
        MailboxScanException failure = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            try {
                KeptHeaders kept = new KeptHeaders(keepers);
                MailboxScan scan = headers.scanHeaders(address, marks, since, asOf, kept);
                ScanOutcome outcome = ScanOutcome.scanned(scan, attempt, startedAt, LocalDateTime.now(zone));
                failFast.accepted();
                progress.done(outcome);
                return new ScannedMailbox(outcome, scan, kept);
            } catch (MailboxScanException e) {
                failFast.check(e);
                failure = e;
                if (attempt < retry.attempts()) {
                    Thread.sleep(retry.backOff().multipliedBy(1L << (attempt - 1)).toMillis());
                }
            }
        }
        ScanOutcome outcome = ScanOutcome.failed(address, failure.getMessage(), retry.attempts(), startedAt,
                LocalDateTime.now(zone));
        progress.done(outcome);
        return new ScannedMailbox(outcome, null, null);
    }
}
