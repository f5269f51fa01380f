package vn.mailcompliance.imap;

import java.time.Instant;
import java.util.Map;

/**
 * Reads the new headers of many mailboxes during one job step. With login {@code shared} the auditor logs in as itself
 * and reads each mailbox's folders under {@code <shared-prefix><address><separator>} in the server's shared namespace,
 * over connections reused from mailbox to mailbox ({@link SharedStores}), under the names the mailbox's own login
 * gives them. With the other logins every mailbox gets its own connection, as {@link MailboxScanner#scanHeaders}.
 */
public class HeaderReader implements AutoCloseable {

    private final MailboxScanner scanner;
    private final SharedStores stores;
    private final ImapProperties settings;

    HeaderReader(MailboxScanner scanner, SharedStores stores, ImapProperties settings) {
        this.scanner = scanner;
        this.stores = stores;
        this.settings = settings;
    }

    /** As {@link MailboxScanner#scanHeaders}; safe to call from several threads at once. */
    public MailboxScan scanHeaders(String address, Map<String, Watermark> watermarks, Instant since, Instant asOf,
                                   HeaderSink sink) {
        if (settings.login() != ImapProperties.Login.SHARED) {
            return scanner.scanHeaders(address, watermarks, since, asOf, sink);
        }
        return stores.read(address, shared -> {
            MailboxScanner.Scanned scanned = scanner.scanIn(address, shared.store(),
                    shared.root(settings.sharedPrefix(), address), watermarks, since, asOf, sink);
            if (scanned.examined() != null) {
                scanned.examined().close(false);
            }
            return scanned.scan();
        });
    }

    /** Logs every connection out. */
    @Override
    public void close() {
        stores.close();
    }
}
