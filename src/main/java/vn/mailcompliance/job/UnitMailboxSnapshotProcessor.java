package vn.mailcompliance.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.mailcompliance.backlog.OverdueRule.UnreadAssessment;
import vn.mailcompliance.backlog.OverdueRule;
import vn.mailcompliance.backlog.UnitMailboxSnapshot;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.imap.FailFast;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.MailboxAccess;
import vn.mailcompliance.imap.MailboxScanException;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.imap.UnreadState;

/**
 * Reads one unit mailbox's unread INBOX as of the daily check instant and assesses what is overdue; an attempt that
 * fails is retried with a doubling back-off, and a mailbox that still cannot be read is a FAILED coverage row without a
 * snapshot, so the run goes on.
 */
class UnitMailboxSnapshotProcessor implements ItemProcessor<Account, UnitMailboxCheck> {

    private static final Logger log = LoggerFactory.getLogger(UnitMailboxSnapshotProcessor.class);

    private final MailboxAccess unread;
    private final OverdueRule overdueRule;
    private final ImapProperties.Retry retry;
    private final FailFast failFast;
    private final LocalDate day;
    private final Instant checkInstant;
    private final ZoneId zone;
    private final long jobExecutionId;

    UnitMailboxSnapshotProcessor(MailboxAccess unread, OverdueRule overdueRule, ImapProperties.Retry retry,
                                 FailFast failFast, LocalDate day, Instant checkInstant, ZoneId zone,
                                 long jobExecutionId) {
        this.unread = unread;
        this.overdueRule = overdueRule;
        this.retry = retry;
        this.failFast = failFast;
        this.day = day;
        this.checkInstant = checkInstant;
        this.zone = zone;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public UnitMailboxCheck process(Account account) throws InterruptedException {
        LocalDateTime startedAt = LocalDateTime.now(zone);
        Duration backOff = retry.backOff();
        for (int attempt = 1; ; attempt++) {
            try {
                UnreadState state = unread.unread(account.address(), "INBOX", checkInstant);
                failFast.accepted();
                return checked(account, state, attempt, startedAt);
            } catch (MailboxScanException e) {
                failFast.check(e);
                if (attempt >= retry.attempts()) {
                    log.warn("Unit mailbox {} could not be checked: {}", account.address(), e.getMessage());
                    return new UnitMailboxCheck(ScanOutcome.failed(account.address(), e.getMessage(), attempt,
                            startedAt, LocalDateTime.now(zone)), null);
                }
                Thread.sleep(backOff.toMillis());
                backOff = backOff.multipliedBy(2);
            }
        }
    }

    private UnitMailboxCheck checked(Account account, UnreadState state, int attempt, LocalDateTime startedAt) {
        UnreadAssessment assessed = overdueRule.assess(state.unreadArrivals(), checkInstant);
        ScanOutcome scanned = new ScanOutcome(account.address(), ScanOutcome.Status.SCANNED, null, 1,
                state.totalMessages(), 0, attempt, startedAt, LocalDateTime.now(zone));
        return new UnitMailboxCheck(scanned, new UnitMailboxSnapshot(day, account.address(),
                LocalDateTime.ofInstant(checkInstant, zone), assessed.unread(), assessed.oldestUnread() == null ? null
                        : LocalDateTime.ofInstant(assessed.oldestUnread(), zone),
                assessed.overdue(), jobExecutionId));
    }
}
