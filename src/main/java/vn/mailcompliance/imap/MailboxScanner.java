package vn.mailcompliance.imap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.ReceivedDateTerm;

import vn.mailcompliance.imap.internal.FolderRoot;
import vn.mailcompliance.imap.internal.FolderStatus;
import vn.mailcompliance.imap.internal.HeaderParser;
import vn.mailcompliance.imap.internal.ImapConnector;
import vn.mailcompliance.imap.internal.PipelinedUnread;
import vn.mailcompliance.imap.internal.SentFolders;
import vn.mailcompliance.imap.internal.SentHeaderParser;
import vn.mailcompliance.imap.internal.SharedStores;

/**
 * Reads mailboxes read-only and headers only: folders are listed with their STATUS, changed ones EXAMINEd,
 * messages are fetched in batches of UID, ENVELOPE, FLAGS, INTERNALDATE and a few header fields with
 * {@code mail.imap.peek}, never a body, never a flag change.
 */
@Component
public class MailboxScanner {

    // From is read from the ENVELOPE, or raw where the ENVELOPE cannot be read; Subject raw, to decode it leniently.
    private static final String[] HEADER_FIELDS = {"From", "Subject", HeaderParser.AUTHENTICATION_RESULTS};

    private final ImapConnector connector;
    private final ImapProperties settings;
    private final SentFolderProperties sentFolders;

    /** For tests and the benchmark: sent folders are those marked {@code \Sent}, else named Sent or Đã gửi. */
    MailboxScanner(ImapConnector connector, ImapProperties settings) {
        this(connector, settings, new SentFolderProperties(List.of("Sent", "Đã gửi")));
    }

    @Autowired
    MailboxScanner(ImapConnector connector, ImapProperties settings, SentFolderProperties sentFolders) {
        this.connector = connector;
        this.settings = settings;
        this.sentFolders = sentFolders;
    }

    /**
     * Reads the headers of every folder of a mailbox that are new since its watermarks, handing them to {@code sink}
     * as they come. One LIST-STATUS tells which folders changed; an unchanged folder is not even EXAMINEd.
     *
     * @param watermarks what earlier scans read, by folder; a folder without one, or whose UIDVALIDITY changed, is
     *                   read again from {@code since}, after {@link HeaderSink#folderReset} tells the sink so
     * @param asOf       mail that arrived after this instant is ignored and left for the next scan
     * @throws MailboxScanException when the mailbox cannot be opened or read; its message holds no secret
     */
    public MailboxScan scanHeaders(String address, Map<String, Watermark> watermarks, Instant since, Instant asOf,
                                   HeaderSink sink) {
        Store store = connector.open(address);
        Scanned scanned = null;
        try {
            scanned = scanIn(address, store, FolderRoot.OWN, watermarks, since, asOf, sink);
            return scanned.scan();
        } catch (MessagingException | IllegalStateException e) {
            throw new MailboxScanException(connector.reason(address, e), e);
        } finally {
            logOut(store, scanned == null ? null : scanned.examined());
        }
    }

    /**
     * How a job step reaches its many mailboxes: with login {@code shared} over a few auditor logins kept open (one per
     * worker), otherwise each mailbox over its own login as {@link #scanHeaders} and {@link #unread} do. The caller
     * closes it at the end of the step.
     */
    public MailboxAccess access() {
        return settings.login() == ImapProperties.Login.SHARED
                ? new SharedLogins(this, new SharedStores(connector, settings), settings.sharedPrefix())
                : new OwnLogins(this);
    }

    /** A mailbox's scan and the folder it left EXAMINEd (null when none was), for the caller to close. */
    record Scanned(MailboxScan scan, IMAPFolder examined) {
    }

    /** Reads a mailbox's new headers through {@code store}, in which its folders are under {@code root}. */
    Scanned scanIn(String address, Store store, FolderRoot root, Map<String, Watermark> watermarks, Instant since,
                   Instant asOf, HeaderSink sink) throws MessagingException {
        IMAPFolder examined = null;
        List<MailboxScan.FolderResult> results = new ArrayList<>();
        List<FolderStatus> folders = new ArrayList<>();
        if (root.inboxUnlisted()) {
            // Fails, as a missing mailbox or one the ACL hides should, where a LIST would list nothing.
            folders.add(FolderStatus.status((IMAPFolder) store.getFolder(root.storeName("INBOX")), root.separator()));
        }
        for (FolderStatus listed : FolderStatus.list((IMAPStore) store, root.reference())) {
            if (!root.inboxUnlisted() || !listed.name().equals(root.storeName("INBOX"))) {
                folders.add(listed);
            }
        }
        Set<String> sent = SentFolders.of(folders, sentFolders);
        for (FolderStatus found : folders) {
            FolderStatus status = root.own(found);
            if (!status.selectable() || settings.isExcluded(status.name(), status.separator())) {
                continue;
            }
            Watermark watermark = watermarks.get(status.name());
            if (status.unchangedSince(watermark)) {
                results.add(new MailboxScan.FolderResult(status.name(), watermark.uidValidity(),
                        watermark.lastUid(), 0, 0, false, 0));
            } else {
                if (examined != null) {
                    examined.close(false);
                }
                examined = (IMAPFolder) store.getFolder(root.storeName(status.name()));
                results.add(scanFolder(address, status.name(), examined, watermark, since, asOf, sink,
                        sent.contains(found.name())));
            }
        }
        return new Scanned(new MailboxScan(address, results,
                results.stream().mapToInt(MailboxScan.FolderResult::messages).sum(),
                results.stream().mapToInt(MailboxScan.FolderResult::malformed).sum()), examined);
    }

    /**
     * The unseen messages of one folder that arrived by {@code asOf}: an EXAMINE, a server-side SEARCH UNSEEN and one
     * FETCH of their INTERNALDATEs, in a single round trip where the server has SEARCHRES ({@link PipelinedUnread}).
     */
    public UnreadState unread(String address, String folderName, Instant asOf) {
        Store store = connector.open(address);
        try {
            return unreadIn(address, (IMAPStore) store, folderName, asOf);
        } catch (MessagingException | IllegalStateException e) {
            throw new MailboxScanException(connector.reason(address, e), e);
        } finally {
            closeQuietly(store);
        }
    }

    /** The unread state of one folder of {@code store}, which is left with no folder open but perhaps one EXAMINEd. */
    UnreadState unreadIn(String address, IMAPStore store, String folderFullName, Instant asOf)
            throws MessagingException {
        if (PipelinedUnread.supported(store)) {
            return PipelinedUnread.read(store, address, folderFullName, asOf);
        }
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderFullName);
        try {
            return unreadOneByOne(address, folder, asOf);
        } finally {
            if (folder.isOpen()) {
                folder.close(false);
            }
        }
    }

    /** Without SEARCHRES: a STATUS first, and only when it counts unseen mail the EXAMINE, SEARCH and FETCH. */
    private static UnreadState unreadOneByOne(String address, IMAPFolder folder, Instant asOf)
            throws MessagingException {
        FolderStatus status = FolderStatus.of(folder);
        if (status.unseen() == 0) {
            return new UnreadState(address, List.of(), status.messages());
        }
        folder.open(Folder.READ_ONLY);
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        FetchProfile profile = new FetchProfile();
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        folder.fetch(unseen, profile);
        List<Instant> arrivals = new ArrayList<>(unseen.length);
        for (Message message : unseen) {
            Instant arrived = message.getReceivedDate().toInstant();
            if (!arrived.isAfter(asOf)) {
                arrivals.add(arrived);
            }
        }
        return new UnreadState(address, arrivals, folder.getMessageCount());
    }

    /** EXAMINEs one folder and reads what is new in it; the folder is left open for the caller to close. */
    private MailboxScan.FolderResult scanFolder(String address, String name, IMAPFolder folder, Watermark watermark,
                                                Instant since, Instant asOf, HeaderSink sink, boolean sent)
            throws MessagingException {
        folder.open(Folder.READ_ONLY);
        long uidValidity = folder.getUIDValidity();
        long uidNext = folder.getUIDNext();
        boolean fullRescan = watermark == null || watermark.uidValidity() != uidValidity;
        long fromUid = fullRescan ? 1 : watermark.lastUid() + 1;
        long lastUid = fromUid - 1;
        Message[] candidates;
        if (!fullRescan && uidNext > 0 && fromUid >= uidNext) {
            candidates = new Message[0];
        } else if (fullRescan) {
            // SEARCH SINCE compares dates in the server's zone: ask a day early, the reader drops what is older.
            // Evidence read under an older UIDVALIDITY would otherwise be counted again under the new one.
            sink.folderReset(address, name, uidValidity);
            candidates = folder.search(new ReceivedDateTerm(ComparisonTerm.GE,
                    Date.from(since.minus(Duration.ofDays(1)))));
        } else if (uidNext > 0) {
            // Only the last uidNext - fromUid messages can have a UID from fromUid on: no UID FETCH needed first.
            int exists = folder.getMessageCount();
            int first = (int) Math.max(1, exists - (uidNext - fromUid) + 1);
            candidates = exists == 0 ? new Message[0] : folder.getMessages(first, exists);
        } else {
            candidates = folder.getMessagesByUID(fromUid, UIDFolder.LASTUID);
        }
        FolderReader reader = new FolderReader(folder, name, uidValidity, since, asOf, fromUid, sent,
                headers -> sink.accept(address, headers));
        for (int start = 0; start < candidates.length; start += settings.batchSize()) {
            Message[] batch = Arrays.copyOfRange(candidates, start,
                    Math.min(candidates.length, start + settings.batchSize()));
            reader.read(batch);
            // What a batch fetched is handed on; kept in the folder's message cache it would grow with the folder.
            for (Message message : batch) {
                ((IMAPMessage) message).invalidateHeaders();
            }
        }
        long highestRead = uidNext > 0 ? uidNext - 1 : reader.highestUid();
        // Mail dated after the instant is left unread, and the watermark stays below it so a later scan reads it.
        lastUid = reader.deferred() > 0 ? reader.firstDeferredUid() - 1 : Math.max(lastUid, highestRead);
        return new MailboxScan.FolderResult(name, uidValidity, lastUid, reader.messages(),
                reader.malformed(), fullRescan, reader.deferred());
    }

    private static FetchProfile withoutEnvelopeProfile() {
        FetchProfile profile = new FetchProfile();
        profile.add(SentHeaderParser.CONTENT_TYPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        for (String header : HEADER_FIELDS) {
            profile.add(header);
        }
        return profile;
    }

    private static FetchProfile profile(boolean sent) {
        FetchProfile profile = new FetchProfile();
        if (sent) {
            // Recipients come with the ENVELOPE; Content-Type tells a signed or encrypted message without its body.
            profile.add(SentHeaderParser.CONTENT_TYPE);
        }
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        for (String header : HEADER_FIELDS) {
            profile.add(header);
        }
        return profile;
    }

    /**
     * Reads one folder's candidates batch by batch, in UID order. Mail dated after the instant is deferred, not read:
     * it holds back neither the UIDs after it nor the rest of the folder.
     */
    private static final class FolderReader {

        private static final FetchProfile PROFILE = profile(false);
        private static final FetchProfile SENT_PROFILE = profile(true);
        private static final FetchProfile WITHOUT_ENVELOPE = withoutEnvelopeProfile();

        private final IMAPFolder folder;
        private final String name;
        private final long uidValidity;
        private final Instant since;
        private final Instant asOf;
        private final long fromUid;
        private final boolean sent;
        private final Consumer<List<MessageHeader>> batches;
        private long highestUid;
        private long firstDeferredUid = -1;
        private int deferred;
        private int messages;
        private int malformed;

        FolderReader(IMAPFolder folder, String name, long uidValidity, Instant since, Instant asOf, long fromUid,
                     boolean sent, Consumer<List<MessageHeader>> batches) {
            this.sent = sent;
            this.folder = folder;
            this.name = name;
            this.uidValidity = uidValidity;
            this.since = since;
            this.asOf = asOf;
            this.fromUid = fromUid;
            this.batches = batches;
        }

        void read(Message[] batch) throws MessagingException {
            folder.fetch(batch, sent ? SENT_PROFILE : PROFILE);
            List<MessageHeader> headers = new ArrayList<>(batch.length);
            for (Message message : batch) {
                long uid = folder.getUID(message);
                // A UID range n:* always answers the highest message, even when it is below n.
                if (uid < fromUid) {
                    continue;
                }
                MessageHeader header = HeaderParser.parse(name, uidValidity, uid, message);
                if (header.internalDate() == null) {
                    header = withoutEnvelope(message, uid);
                }
                if (sent) {
                    header = SentHeaderParser.withSentFields(header, message);
                }
                highestUid = Math.max(highestUid, uid);
                if (header.internalDate() != null && header.internalDate().isAfter(asOf)) {
                    if (deferred++ == 0) {
                        firstDeferredUid = uid;
                    }
                    continue;
                }
                if (header.internalDate() != null && header.internalDate().isBefore(since)) {
                    continue;
                }
                headers.add(header);
                messages++;
                if (header.malformed()) {
                    malformed++;
                }
            }
            if (!headers.isEmpty()) {
                batches.accept(headers);
            }
        }

        /**
         * A message whose FETCH response the client could not parse (an ENVELOPE with a recipient {@code To: u} is
         * enough) lost its INTERNALDATE and FLAGS with it: they are fetched again without the ENVELOPE, and the
         * sender comes from the raw From field.
         */
        private MessageHeader withoutEnvelope(Message message, long uid) throws MessagingException {
            folder.fetch(new Message[] {message}, WITHOUT_ENVELOPE);
            return HeaderParser.parse(name, uidValidity, uid, message);
        }

        /** Messages dated after the instant, left for a later scan. */
        int deferred() {
            return deferred;
        }

        long firstDeferredUid() {
            return firstDeferredUid;
        }

        long highestUid() {
            return highestUid;
        }

        int messages() {
            return messages;
        }

        int malformed() {
            return malformed;
        }
    }

    /**
     * Ends the session. A folder still EXAMINEd is logged out on its own connection: LOGOUT ends an EXAMINE without
     * expunging anything, so the CLOSE Angus would send first is a round trip saved on every mailbox.
     */
    private static void logOut(Store store, IMAPFolder examined) {
        if (examined != null && examined.isOpen()) {
            try {
                examined.doCommand(protocol -> {
                    protocol.logout();
                    return null;
                });
            } catch (MessagingException | RuntimeException e) {
                // As for closeQuietly: what was read stays read.
            }
        }
        closeQuietly(store);
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException e) {
            // The mailbox was read; a failing LOGOUT changes nothing about what was read.
        }
    }
}
