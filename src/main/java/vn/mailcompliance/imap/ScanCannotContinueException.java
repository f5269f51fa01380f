package vn.mailcompliance.imap;

/**
 * A failure that is not one mailbox's but the server's or the auditor's (a certificate the JVM does not trust, the
 * auditor's login refused): every other mailbox would fail the same way, so the scan stops at once. The message names
 * the setting to fix and holds no secret. It has no cause, so that it is the reason an operator reads (the
 * mailbox's failure, which it quotes, is in its message).
 */
public class ScanCannotContinueException extends RuntimeException {

    public ScanCannotContinueException(String message) {
        super(message);
    }
}
