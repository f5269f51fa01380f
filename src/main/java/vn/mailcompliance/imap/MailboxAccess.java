package vn.mailcompliance.imap;

import java.time.Instant;
import java.util.Map;

/**
 * How a job step reaches its many mailboxes: each over a login of its own (master user or SASL authorization
 * identity, {@link OwnLogins}) or all over a few auditor logins to the server's shared namespace, kept open for the
 * step ({@link SharedLogins}). {@link MailboxScanner#access()} picks the one {@code compliance.imap.login} names; what
 * is read is the same either way. Safe to use from several threads at once; closed at the end of the step.
 */
public interface MailboxAccess extends AutoCloseable {

    /** As {@link MailboxScanner#scanHeaders}. */
    MailboxScan scanHeaders(String address, Map<String, Watermark> watermarks, Instant since, Instant asOf,
                            HeaderSink sink);

    /** As {@link MailboxScanner#unread}. */
    UnreadState unread(String address, String folderName, Instant asOf);

    /** Logs out every connection kept open. */
    @Override
    void close();
}
