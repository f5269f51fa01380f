package vn.mailcompliance.imap.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.mailcompliance.imap.SentFolderProperties;

/** Picks a mailbox's sent folders among its listed folders (see {@link SentFolderProperties}). */
public final class SentFolders {

    private SentFolders() {
    }

    /** The listed (store) names of the sent folders: those marked {@code \Sent}, else those named as one. */
    public static Set<String> of(List<FolderStatus> listed, SentFolderProperties names) {
        Set<String> marked = listed.stream().filter(FolderStatus::markedSent).map(FolderStatus::name)
                .collect(Collectors.toSet());
        if (!marked.isEmpty()) {
            return marked;
        }
        return listed.stream().filter(f -> names.named(f.name(), f.separator())).map(FolderStatus::name)
                .collect(Collectors.toSet());
    }
}
