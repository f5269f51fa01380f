package vn.mailcompliance.imap.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.MailboxScanException;

/**
 * The auditor's own logins of login {@code shared}, kept open for one job step: a worker borrows one for a mailbox and
 * hands it back after, so a step opens at most as many connections as it has workers (a stock Dovecot forks a login
 * and an imap process for each connection). A connection that failed is dropped and the next borrow logs in again.
 */
public class SharedStores implements AutoCloseable {

    private final ImapConnector connector;
    private final ImapProperties settings;
    private final Queue<SharedStore> idle = new ConcurrentLinkedQueue<>();
    private final Set<SharedStore> open = ConcurrentHashMap.newKeySet();

    public SharedStores(ImapConnector connector, ImapProperties settings) {
        this.connector = connector;
        this.settings = settings;
    }

    /**
     * An auditor login, with the separators of the shared namespace and of the auditor's own namespace (every
     * mailbox's own namespace has the same configuration on the server).
     */
    public record SharedStore(Store store, char separator, char ownSeparator) {

        /** Where {@code address}'s folders are in this store. */
        public FolderRoot root(String sharedPrefix, String address) {
            return FolderRoot.shared(sharedPrefix, address, separator, ownSeparator);
        }
    }

    /** Work on one mailbox over a borrowed auditor login. */
    public interface MailboxWork<T> {

        T on(SharedStore shared) throws MessagingException;
    }

    /**
     * Runs the work on a borrowed login and hands the login back; a login on which the work failed is dropped, and the
     * failure names the mailbox and what to check.
     */
    public <T> T read(String address, MailboxWork<T> work) {
        SharedStore shared = idle.poll();
        if (shared == null) {
            shared = openShared();
        }
        try {
            T result = work.on(shared);
            idle.add(shared);
            return result;
        } catch (MessagingException | IllegalStateException e) {
            drop(shared);
            throw new MailboxScanException(reason(address, e), e);
        }
    }

    private void drop(SharedStore shared) {
        open.remove(shared);
        closeQuietly(shared.store());
    }

    /** Why reading a mailbox through the shared namespace failed, with the set-up to check when it is not the link. */
    private String reason(String address, Exception e) {
        String hint = ImapConnector.classify(e) != ImapConnector.Failure.OTHER ? ""
                : " (compliance.imap.login is shared: the mailbox must exist and the server's ACL must let "
                + settings.masterUser() + " look it up and read it)";
        return connector.reason(address, e) + hint;
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
                    SharedStore shared = new SharedStore(store, namespace.getSeparator(),
                            store.getDefaultFolder().getSeparator());
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
