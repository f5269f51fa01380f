package vn.mailcompliance.imap;

/** The IMAP server cannot be reached at all; the message names host:port, never the credential. */
public class ImapUnavailableException extends RuntimeException {

    public ImapUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
