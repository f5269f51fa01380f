package vn.mailcompliance.imap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.angus.mail.imap.IMAPFolder;
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

/**
 * Reads mailboxes read-only and headers only: folders are EXAMINEd, messages are fetched in batches of UID, ENVELOPE,
 * FLAGS, INTERNALDATE and a few header fields with {@code mail.imap.peek}, never a body, never a flag change.
 */
@Component
public class MailboxScanner {

    private static final String[] HEADER_FIELDS = {"From", "Subject", HeaderParser.AUTHENTICATION_RESULTS};

    private final ImapConnector connector;
    private final ImapProperties settings;

    MailboxScanner(ImapConnector connector, ImapProperties settings) {
        this.connector = connector;
        this.settings = settings;
    }

    /**
     * Reads the headers of every folder of a mailbox that are new since its watermarks, handing them to
     * {@code batches} as they come.
     *
     * @param watermarks what earlier scans read, by folder; a folder without one, or whose UIDVALIDITY changed, is
     *                   read again from {@code since}
     * @param asOf       mail that arrived after this instant is ignored and left for the next scan
     * @throws MailboxScanException when the mailbox cannot be opened or read; its message holds no secret
     */
    public MailboxScan scanHeaders(String address, Map<String, Watermark> watermarks, Instant since, Instant asOf,
                                   Consumer<List<MessageHeader>> batches) {
        Store store = connector.open(address);
        try {
            List<MailboxScan.FolderResult> results = new ArrayList<>();
            for (Folder folder : store.getDefaultFolder().list("*")) {
                if ((folder.getType() & Folder.HOLDS_MESSAGES) == 0
                        || settings.isExcluded(folder.getFullName(), folder.getSeparator())) {
                    continue;
                }
                results.add(scanFolder((IMAPFolder) folder, watermarks.get(folder.getFullName()), since, asOf,
                        batches));
            }
            return new MailboxScan(address, results,
                    results.stream().mapToInt(MailboxScan.FolderResult::messages).sum(),
                    results.stream().mapToInt(MailboxScan.FolderResult::malformed).sum());
        } catch (MessagingException | IllegalStateException e) {
            throw new MailboxScanException(connector.reason(address, e), e);
        } finally {
            closeQuietly(store);
        }
    }

    /**
     * The unseen messages of one folder that arrived by {@code asOf}, found by a server-side SEARCH and one FETCH of
     * their INTERNALDATEs.
     */
    public UnreadState unread(String address, String folderName, Instant asOf) {
        Store store = connector.open(address);
        try {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
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
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | IllegalStateException e) {
            throw new MailboxScanException(connector.reason(address, e), e);
        } finally {
            closeQuietly(store);
        }
    }

    private MailboxScan.FolderResult scanFolder(IMAPFolder folder, Watermark watermark, Instant since, Instant asOf,
                                                Consumer<List<MessageHeader>> batches) throws MessagingException {
        folder.open(Folder.READ_ONLY);
        try {
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
                candidates = folder.search(new ReceivedDateTerm(ComparisonTerm.GE,
                        Date.from(since.minus(Duration.ofDays(1)))));
            } else {
                candidates = folder.getMessagesByUID(fromUid, UIDFolder.LASTUID);
            }
            FolderReader reader = new FolderReader(folder, uidValidity, since, asOf, fromUid, batches);
            for (int start = 0; start < candidates.length && !reader.stopped(); start += settings.batchSize()) {
                reader.read(Arrays.copyOfRange(candidates, start,
                        Math.min(candidates.length, start + settings.batchSize())));
            }
            long highestRead = uidNext > 0 ? uidNext - 1 : reader.highestUid();
            lastUid = reader.stopped() ? reader.firstIgnoredUid() - 1 : Math.max(lastUid, highestRead);
            return new MailboxScan.FolderResult(folder.getFullName(), uidValidity, lastUid, reader.messages(),
                    reader.malformed(), fullRescan);
        } finally {
            folder.close(false);
        }
    }

    private static FetchProfile profile() {
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        for (String header : HEADER_FIELDS) {
            profile.add(header);
        }
        return profile;
    }

    /** Reads one folder's candidates batch by batch, in UID order, stopping at the first mail after the instant. */
    private static final class FolderReader {

        private static final FetchProfile PROFILE = profile();

        private final IMAPFolder folder;
        private final long uidValidity;
        private final Instant since;
        private final Instant asOf;
        private final long fromUid;
        private final Consumer<List<MessageHeader>> batches;
        private long highestUid;
        private long firstIgnoredUid = -1;
        private int messages;
        private int malformed;

        FolderReader(IMAPFolder folder, long uidValidity, Instant since, Instant asOf, long fromUid,
                     Consumer<List<MessageHeader>> batches) {
            this.folder = folder;
            this.uidValidity = uidValidity;
            this.since = since;
            this.asOf = asOf;
            this.fromUid = fromUid;
            this.batches = batches;
        }

        void read(Message[] batch) throws MessagingException {
            folder.fetch(batch, PROFILE);
            List<MessageHeader> headers = new ArrayList<>(batch.length);
            for (Message message : batch) {
                long uid = folder.getUID(message);
                // A UID range n:* always answers the highest message, even when it is below n.
                if (uid < fromUid) {
                    continue;
                }
                MessageHeader header = HeaderParser.parse(folder.getFullName(), uidValidity, uid, message);
                if (header.internalDate() != null && header.internalDate().isAfter(asOf)) {
                    firstIgnoredUid = uid;
                    break;
                }
                highestUid = uid;
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

        boolean stopped() {
            return firstIgnoredUid > 0;
        }

        long firstIgnoredUid() {
            return firstIgnoredUid;
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

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException e) {
            // The mailbox was read; a failing LOGOUT changes nothing about what was read.
        }
    }
}
