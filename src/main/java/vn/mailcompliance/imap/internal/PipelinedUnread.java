package vn.mailcompliance.imap.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;

import jakarta.mail.MessagingException;

import vn.mailcompliance.imap.UnreadState;

/**
 * The unread state of one folder in one round trip, where the server has SEARCHRES (RFC 5182): EXAMINE,
 * {@code UID SEARCH RETURN (SAVE) UNSEEN} and {@code UID FETCH $ (INTERNALDATE)} are sent together, the fetch reading
 * the set the search saved on the server. The daily check reads many small unit mailboxes one after another, where
 * waiting for each answer before the next command would cost more than the server's work.
 * <p>
 * The folder is left EXAMINEd (read-only) until the next EXAMINE or the logout. A failed EXAMINE leaves no folder
 * selected (RFC 3501 6.3.1), so the search and fetch after it fail too rather than read another folder; all three
 * answers are read before the failure is raised, which keeps the connection usable.
 */
public final class PipelinedUnread {

    private PipelinedUnread() {
    }

    public static boolean supported(IMAPStore store) throws MessagingException {
        return store.hasCapability("SEARCHRES");
    }

    public static UnreadState read(IMAPStore store, String address, String folderFullName, Instant asOf)
            throws MessagingException {
        IMAPFolder root = (IMAPFolder) store.getDefaultFolder();
        return (UnreadState) root.doCommand(protocol -> {
            try {
                return exchange(protocol, address, folderFullName, asOf);
            } catch (IOException e) {
                throw new ProtocolException("reading " + folderFullName + " failed: " + e.getMessage(), e);
            }
        });
    }

    private static UnreadState exchange(IMAPProtocol protocol, String address, String folderFullName, Instant asOf)
            throws IOException, ProtocolException {
        Argument mailbox = new Argument();
        mailbox.writeString(BASE64MailboxEncoder.encode(folderFullName));
        String examineTag = protocol.writeCommand("EXAMINE", mailbox);
        String searchTag = protocol.writeCommand("UID SEARCH RETURN (SAVE) UNSEEN", null);
        String fetchTag = protocol.writeCommand("UID FETCH $ (INTERNALDATE)", null);

        Response examined = null;
        Response searched = null;
        Response fetched = null;
        int exists = 0;
        List<Instant> arrivals = new ArrayList<>();
        while (examined == null || searched == null || fetched == null) {
            Response response = protocol.readResponse();
            if (response.isBYE()) {
                throw new ConnectionException(protocol, response);
            }
            if (response.isTagged()) {
                String tag = response.getTag();
                if (tag.equals(examineTag)) {
                    examined = response;
                } else if (tag.equals(searchTag)) {
                    searched = response;
                } else if (tag.equals(fetchTag)) {
                    fetched = response;
                }
            } else if (response instanceof FetchResponse fetch) {
                INTERNALDATE arrival = fetch.getItem(INTERNALDATE.class);
                // A FETCH without INTERNALDATE is another client's flag change, told in passing.
                if (arrival != null && !arrival.getDate().toInstant().isAfter(asOf)) {
                    arrivals.add(arrival.getDate().toInstant());
                }
            } else if (response instanceof IMAPResponse untagged && untagged.keyEquals("EXISTS")) {
                exists = untagged.getNumber();
            } else if (response instanceof IMAPResponse untagged && untagged.keyEquals("EXPUNGE")) {
                exists--;
            }
        }
        protocol.handleResult(examined);
        protocol.handleResult(searched);
        protocol.handleResult(fetched);
        return new UnreadState(address, arrivals, exists);
    }
}
