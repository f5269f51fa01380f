package vn.mailcompliance.imap;

import java.time.Instant;
import java.util.Map;

import org.eclipse.angus.mail.imap.IMAPStore;

import vn.mailcompliance.imap.internal.SharedStores;

/**
 * Login {@code shared}: the auditor logs in as itself and reads each mailbox's folders under
 * {@code <shared-prefix><address><separator>} in the server's shared namespace, over connections reused from mailbox to
 * mailbox ({@link SharedStores}), under the names the mailbox's own login gives them. Read-only is then enforced by the
 * server too: the ACL grants the auditor no right to change flags.
 */
final class SharedLogins implements MailboxAccess {

    private final MailboxScanner scanner;
    private final SharedStores stores;
    private final String sharedPrefix;

    SharedLogins(MailboxScanner scanner, SharedStores stores, String sharedPrefix) {
        this.scanner = scanner;
        this.stores = stores;
        this.sharedPrefix = sharedPrefix;
    }

    @Override
    public MailboxScan scanHeaders(String address, Map<String, Watermark> watermarks, Instant since, Instant asOf,
                                   HeaderSink sink) {
        return stores.read(address, shared -> {
            MailboxScanner.Scanned scanned = scanner.scanIn(address, shared.store(),
                    shared.root(sharedPrefix, address), watermarks, since, asOf, sink);
            if (scanned.examined() != null) {
                scanned.examined().close(false);
            }
            return scanned.scan();
        });
    }

    @Override
    public UnreadState unread(String address, String folderName, Instant asOf) {
        return stores.read(address, shared -> scanner.unreadIn(address, (IMAPStore) shared.store(),
                sharedPrefix + address + shared.separator() + folderName, asOf));
    }

    @Override
    public void close() {
        stores.close();
    }
}
