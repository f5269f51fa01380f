package vn.mailcompliance.imap;

import java.time.Instant;

import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Reads the unread state of many mailboxes during one job step. With login {@code shared} the auditor logs in as
 * itself and reads each mailbox's folder as {@code <shared-prefix><address><separator><folder>} in the server's shared
 * namespace, over connections reused from mailbox to mailbox ({@link SharedStores}). Read-only is then enforced by the
 * server too: the ACL grants the auditor no right to change flags. With the other logins every mailbox gets its own
 * connection, as {@link MailboxScanner#unread}.
 */
public class UnreadReader implements AutoCloseable {

    private final MailboxScanner scanner;
    private final SharedStores stores;
    private final ImapProperties settings;

    UnreadReader(MailboxScanner scanner, SharedStores stores, ImapProperties settings) {
        this.scanner = scanner;
        this.stores = stores;
        this.settings = settings;
    }

    /** As {@link MailboxScanner#unread}; safe to call from several threads at once. */
    public UnreadState unread(String address, String folderName, Instant asOf) {
        if (settings.login() != ImapProperties.Login.SHARED) {
            return scanner.unread(address, folderName, asOf);
        }
        return stores.read(address, shared -> scanner.unreadIn(address, (IMAPStore) shared.store(),
                settings.sharedPrefix() + address + shared.separator() + folderName, asOf));
    }

    /** Logs every connection out. */
    @Override
    public void close() {
        stores.close();
    }
}
