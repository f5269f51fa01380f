package vn.mailcompliance.imap.internal;

/**
 * Where a mailbox's folders are in the store it is read through. Logged in to the mailbox itself they are the store's
 * own folders; through the shared namespace they are under {@code <shared-prefix><address><separator>}, with the
 * namespace's separator, and are renamed to the names and separator of the mailbox's own namespace, so watermarks,
 * excluded folders and evidence name the same folder whichever login read it.
 */
public record FolderRoot(String prefix, char separator, char ownSeparator) {

    /** The folders of the mailbox the store is logged in to. */
    public static final FolderRoot OWN = new FolderRoot("", '/', '/');

    /** {@code address}'s folders in a shared namespace whose folders use {@code separator}. */
    static FolderRoot shared(String sharedPrefix, String address, char separator, char ownSeparator) {
        return new FolderRoot(sharedPrefix + address + separator, separator, ownSeparator);
    }

    /** The LIST reference under which every folder of the mailbox is. */
    public String reference() {
        return prefix;
    }

    /** A listed folder as the mailbox's own login would list it. */
    public FolderStatus own(FolderStatus listed) {
        if (this == OWN) {
            return listed;
        }
        return new FolderStatus(listed.name().substring(prefix.length()).replace(separator, ownSeparator),
                ownSeparator, listed.selectable(), listed.uidValidity(), listed.uidNext(), listed.messages(),
                listed.unseen(), listed.markedSent());
    }

    /** The name to open a folder of the mailbox by in the store. */
    public String storeName(String folder) {
        return this == OWN ? folder : prefix + folder.replace(ownSeparator, separator);
    }

    /**
     * Whether the INBOX must be asked for on its own: Dovecot lists a shared mailbox's INBOX as the namespace root
     * ({@code shared/<address>}), outside the reference, but opens and names it as {@code shared/<address>/INBOX}.
     */
    public boolean inboxUnlisted() {
        return this != OWN;
    }
}
