package vn.mailcompliance.imap;

import java.util.ArrayList;
import java.util.List;

/**
 * The sink of one attempt at scanning a mailbox: collects, in the order the scan reads them, what each
 * {@link HeaderKeeper} keeps of its headers, and stores it all when the scan step's writer calls {@link #store()}.
 */
public final class KeptHeaders implements HeaderSink {

    private final List<HeaderKeeper> keepers;
    private final List<Runnable> writes = new ArrayList<>();

    public KeptHeaders(List<HeaderKeeper> keepers) {
        this.keepers = List.copyOf(keepers);
    }

    @Override
    public void accept(String address, List<MessageHeader> headers) {
        keepers.forEach(keeper -> writes.add(keeper.keep(address, headers)));
    }

    @Override
    public void folderReset(String address, String folder, long newUidValidity) {
        keepers.forEach(keeper -> writes.add(keeper.folderReset(address, folder, newUidValidity)));
    }

    /** Stores what was kept, in the order it was read. */
    public void store() {
        writes.forEach(Runnable::run);
    }
}
