package vn.mailcompliance.imap;

/** One mailbox could not be read (refused, timed out, login rejected); the message holds no secret. */
public class MailboxScanException extends RuntimeException {

    public MailboxScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
