package vn.mailcompliance.imap;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.mailcompliance.imap.internal.ImapConnector;

/**
 * Tells a mailbox's own failure, which is retried and recorded as a coverage gap, from one every mailbox would meet,
 * which ends the scan at once instead of being retried mailbox after mailbox:
 * <ul>
 *   <li>TLS failing (a certificate the JVM does not trust, a name that does not match): at the first one;</li>
 *   <li>with login {@code shared}, the auditor's own login refused: at the first one;</li>
 *   <li>with a master-user login ({@code separator}, {@code authzid}), where a refusal may also mean that one mailbox
 *       does not exist: when {@value #REFUSALS_IN_A_ROW} mailboxes in a row were refused and none accepted between.</li>
 * </ul>
 * Shared by every scanning thread of the process.
 */
@Component
public class FailFast {

    static final int REFUSALS_IN_A_ROW = 5;

    private final ImapProperties settings;
    private final AtomicInteger refusalsInARow = new AtomicInteger();

    FailFast(ImapProperties settings) {
        this.settings = settings;
    }

    /** A mailbox was read: the credential works. */
    public void accepted() {
        refusalsInARow.set(0);
    }

    /**
     * @throws ScanCannotContinueException when the failure is not the mailbox's own
     */
    public void check(MailboxScanException e) {
        ImapConnector.Failure failure = ImapConnector.classify(e.getCause() == null ? e : e.getCause());
        if (failure == ImapConnector.Failure.TLS) {
            throw new ScanCannotContinueException("every mailbox would fail the same way, so the scan stopped: "
                    + e.getMessage());
        }
        if (failure == ImapConnector.Failure.AUTHENTICATION) {
            if (settings.login() == ImapProperties.Login.SHARED) {
                throw new ScanCannotContinueException("the auditor's login was refused, so the scan stopped: "
                        + e.getMessage());
            }
            int refused = refusalsInARow.incrementAndGet();
            if (refused >= REFUSALS_IN_A_ROW) {
                throw new ScanCannotContinueException("the auditor's login was refused for " + refused
                        + " mailboxes in a row and accepted for none, so the scan stopped (check compliance.imap.master-user,"
                        + " compliance.imap.master-password and compliance.imap.login): " + e.getMessage());
            }
        }
    }
}
