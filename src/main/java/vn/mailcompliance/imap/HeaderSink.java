package vn.mailcompliance.imap;

import java.util.List;

/**
 * Takes the headers a mailbox scan reads, batch by batch, as they come. A mailbox whose scan fails half-way is read
 * again later from its last stored watermark, so an implementation must accept seeing a header twice.
 */
public interface HeaderSink {

    void accept(String address, List<MessageHeader> headers);

    /**
     * The folder's UIDVALIDITY changed (or it is read for the first time), so it is read again from the look-back
     * date under {@code newUidValidity}: messages taken from it under another UIDVALIDITY come again with new UIDs.
     * Called before the rescan's headers.
     */
    default void folderReset(String address, String folder, long newUidValidity) {
    }
}
