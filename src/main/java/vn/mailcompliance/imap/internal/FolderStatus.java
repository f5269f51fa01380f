package vn.mailcompliance.imap.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.eclipse.angus.mail.imap.protocol.ListInfo;
import org.eclipse.angus.mail.imap.protocol.Status;

import jakarta.mail.MessagingException;

import vn.mailcompliance.imap.Watermark;

/**
 * A folder as LIST and STATUS describe it, without selecting it (which is what makes an unchanged folder cost
 * nothing). LIST-EXTENDED marks the missing parent of a nested folder {@code \NonExistent} rather than
 * {@code \Noselect}: it is not selectable either. {@code uidValidity} and {@code uidNext} are -1 when the server
 * did not say.
 */
public record FolderStatus(String name, char separator, boolean selectable, long uidValidity, long uidNext, int messages,
                    int unseen, boolean markedSent) {

    FolderStatus(String name, char separator, boolean selectable, long uidValidity, long uidNext, int messages,
                 int unseen) {
        this(name, separator, selectable, uidValidity, uidNext, messages, unseen, false);
    }

    /** Whether the server marks the folder with the SPECIAL-USE attribute {@code \Sent} (RFC 6154). */
    static boolean markedSent(String[] attributes) {
        return attributes != null && Arrays.stream(attributes).anyMatch("\\Sent"::equalsIgnoreCase);
    }


    /** Nothing arrived since the watermark: same UIDVALIDITY and no UID handed out above its last UID. */
    public boolean unchangedSince(Watermark watermark) {
        return watermark != null && uidValidity > 0 && uidNext > 0 && watermark.uidValidity() == uidValidity
                && uidNext <= watermark.lastUid() + 1;
    }

    /**
     * Every folder of the store under {@code reference} (empty for the whole store): one LIST-STATUS round trip
     * (RFC 5819) when the server has it, else a plain LIST. The folder is named in the reference rather than the
     * pattern because Dovecot lists a shared namespace set {@code list = no} only then.
     */
    public static List<FolderStatus> list(IMAPStore store, String reference) throws MessagingException {
        IMAPFolder root = (IMAPFolder) store.getDefaultFolder();
        if (!store.hasCapability("LIST-STATUS")) {
            ListInfo[] infos = (ListInfo[]) root.doCommand(protocol -> protocol.list(reference, "*"));
            List<FolderStatus> folders = new ArrayList<>();
            for (ListInfo info : infos == null ? new ListInfo[0] : infos) {
                folders.add(new FolderStatus(info.name, info.separator, info.canOpen, -1, -1, -1, -1,
                        markedSent(info.attrs)));
            }
            return folders;
        }
        String specialUse = store.hasCapability("SPECIAL-USE") ? "SPECIAL-USE " : "";
        Response[] responses = (Response[]) root.doCommand(protocol -> {
            Response[] r = protocol.command("LIST \"" + reference + "\" \"*\" RETURN (" + specialUse
                    + "STATUS (UIDVALIDITY UIDNEXT MESSAGES))", null);
            protocol.handleResult(r[r.length - 1]);
            return r;
        });
        Map<String, ListInfo> listed = new LinkedHashMap<>();
        Map<String, Status> statuses = new LinkedHashMap<>();
        try {
            for (Response response : responses) {
                if (response instanceof IMAPResponse ir && ir.keyEquals("LIST")) {
                    ListInfo info = new ListInfo(ir);
                    listed.put(info.name, info);
                } else if (response instanceof IMAPResponse ir && ir.keyEquals("STATUS")) {
                    Status status = new Status(ir);
                    statuses.put(status.mbox, status);
                }
            }
        } catch (org.eclipse.angus.mail.iap.ParsingException e) {
            throw new MessagingException("unreadable LIST-STATUS answer: " + e.getMessage(), e);
        }
        List<FolderStatus> folders = new ArrayList<>(listed.size());
        for (ListInfo info : listed.values()) {
            Status status = statuses.get(info.name);
            boolean selectable = info.canOpen
                    && Arrays.stream(info.attrs).noneMatch("\\NonExistent"::equalsIgnoreCase);
            folders.add(status == null
                    ? new FolderStatus(info.name, info.separator, selectable, -1, -1, -1, -1, markedSent(info.attrs))
                    : new FolderStatus(info.name, info.separator, selectable, status.uidvalidity, status.uidnext,
                    status.total, -1, markedSent(info.attrs)));
        }
        return folders;
    }

    /** One folder as LIST-STATUS would describe it, by a STATUS command. */
    public static FolderStatus status(IMAPFolder folder, char separator) throws MessagingException {
        Status status = (Status) folder.doCommand(protocol ->
                protocol.status(folder.getFullName(), new String[] {"UIDVALIDITY", "UIDNEXT", "MESSAGES"}));
        return new FolderStatus(folder.getFullName(), separator, true, status.uidvalidity, status.uidnext,
                status.total, -1);
    }

    /** One folder's message and unseen counts by a STATUS command, which selects nothing. */
    public static FolderStatus of(IMAPFolder folder) throws MessagingException {
        Status status = (Status) folder.doCommand(protocol ->
                protocol.status(folder.getFullName(), new String[] {"MESSAGES", "UNSEEN"}));
        return new FolderStatus(folder.getFullName(), '/', true, -1, -1, status.total, status.unseen);
    }
}
