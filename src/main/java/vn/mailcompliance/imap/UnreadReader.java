package vn.mailcompliance.imap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.angus.mail.imap.IMAPFolder;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

/**
 * Reads the unread state of many mailboxes during one job step. With login {@code shared} the auditor logs in as
 * itself and reads each mailbox's folder as {@code <shared-prefix><address><separator><folder>} in the server's shared
 * namespace; a connection is handed back after each mailbox and reused by the next, so a step opens at most as many
 * connections as it has workers (a stock Dovecot forks a login and an imap process for each connection, most of the
 * cost of the daily check). Read-only is then enforced by the server too: the ACL grants the auditor no right to
 * change flags. A connection that failed is dropped and the next read logs in again. With the other logins every
 * mailbox gets its own connection, as {@link MailboxScanner#unread}.
 */
public class UnreadReader implements AutoCloseable {

    private final MailboxScanner scanner;
    private final ImapConnector connector;
    private final ImapProperties settings;
    private final Queue<SharedStore> idle = new ConcurrentLinkedQueue<>();
    private final Set<SharedStore> open = ConcurrentHashMap.newKeySet();

    UnreadReader(MailboxScanner scanner, ImapConnector connector, ImapProperties settings) {
        this.scanner = scanner;
        this.connector = connector;
        this.settings = settings;
    }

    private record SharedStore(Store store, char separator) {
    }

    /** As {@link MailboxScanner#unread}; safe to call from several threads at once. */
    public UnreadState unread(String address, String folderName, Instant asOf) {
        if (settings.login() != ImapProperties.Login.SHARED) {
            return scanner.unread(address, folderName, asOf);
        }
        SharedStore shared = idle.poll();
        if (shared == null) {
            shared = openShared();
        }
        IMAPFolder folder = null;
        try {
            folder = (IMAPFolder) shared.store().getFolder(
                    settings.sharedPrefix() + address + shared.separator() + folderName);
            UnreadState state = scanner.unreadIn(address, folder, asOf);
            if (folder.isOpen()) {
                folder.close(false);
            }
            idle.add(shared);
            return state;
        } catch (MessagingException | IllegalStateException e) {
            drop(shared);
            String hint = ImapConnector.classify(e) != ImapConnector.Failure.OTHER ? ""
                    : " (compliance.imap.login is shared: the mailbox must exist and the server's ACL must let "
                    + settings.masterUser() + " look it up and read it)";
            throw new MailboxScanException(connector.reason(address, e) + hint, e);
        }
    }

    private SharedStore openShared() {
        Store store = connector.openAsAuditor();
        try {
            List<String> prefixes = new ArrayList<>();
            // Dovecot announces a shared namespace with the owner in its prefix among the other users' namespaces.
            List<Folder> namespaces = new ArrayList<>(List.of(store.getUserNamespaces(null)));
            namespaces.addAll(List.of(store.getSharedNamespaces()));
            for (Folder namespace : namespaces) {
                prefixes.add(namespace.getFullName() + namespace.getSeparator());
                if (settings.sharedPrefix().startsWith(prefixes.get(prefixes.size() - 1))) {
                    SharedStore shared = new SharedStore(store, namespace.getSeparator());
                    open.add(shared);
                    return shared;
                }
            }
            closeQuietly(store);
            throw new MailboxScanException("the IMAP server " + settings.endpoint() + " has no shared namespace"
                    + " under compliance.imap.shared-prefix " + settings.sharedPrefix() + " (shared namespaces: "
                    + String.join(", ", prefixes) + "); configure one as the README shows, or set"
                    + " compliance.imap.login to separator", null);
        } catch (MessagingException e) {
            closeQuietly(store);
            throw new MailboxScanException(connector.auditorReason(e), e);
        }
    }

    private void drop(SharedStore shared) {
        open.remove(shared);
        closeQuietly(shared.store());
    }

    /** Logs every connection out. */
    @Override
    public void close() {
        idle.clear();
        open.forEach(this::drop);
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException e) {
            // What was read stays read; a failing LOGOUT changes nothing about it.
        }
    }
}
