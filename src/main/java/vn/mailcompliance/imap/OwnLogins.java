package vn.mailcompliance.imap;

import java.time.Instant;
import java.util.Map;

/** Every mailbox over a login of its own, opened for it and logged out after it: nothing is kept open. */
final class OwnLogins implements MailboxAccess {

    private final MailboxScanner scanner;

    OwnLogins(MailboxScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public MailboxScan scanHeaders(String address, Map<String, Watermark> watermarks, Instant since, Instant asOf,
                                   HeaderSink sink) {
        return scanner.scanHeaders(address, watermarks, since, asOf, sink);
    }

    @Override
    public UnreadState unread(String address, String folderName, Instant asOf) {
        return scanner.unread(address, folderName, asOf);
    }

    @Override
    public void close() {
        // Each login was logged out with its mailbox.
    }
}
