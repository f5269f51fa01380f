package vn.mailcompliance.imap;

import java.util.List;

/**
 * What a feature keeps of the headers a mailbox scan reads (personal-use evidence, sent mail). While a mailbox is
 * read it only works out what to store (classification, no I/O); the scan step's writer stores it
 * ({@link KeptHeaders}), so a failed attempt at a mailbox leaves nothing behind and what is stored comes with the
 * mailbox's watermarks. A mailbox is read again from its last stored watermarks, so storing must accept a message
 * seen twice.
 */
public interface HeaderKeeper {

    /** What to store of one batch of a mailbox's headers. */
    Runnable keep(String address, List<MessageHeader> headers);

    /**
     * What to store because a folder is read again from the look-back date under {@code newUidValidity} (its
     * UIDVALIDITY changed, or it is read for the first time); stored before the rescan's headers. Nothing by default.
     */
    default Runnable folderReset(String address, String folder, long newUidValidity) {
        return () -> {
        };
    }
}
