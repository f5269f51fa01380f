package vn.mailcompliance.imap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one scan of a mailbox read: per folder the UIDVALIDITY and the highest UID now read (the new watermark).
 *
 * @param messages  messages handed to the consumer, across folders
 * @param malformed of those, the messages whose headers could not be fully parsed
 */
public record MailboxScan(String address, List<FolderResult> folders, int messages, int malformed) {

    public MailboxScan {
        folders = List.copyOf(folders);
    }

    /**
     * @param lastUid    the highest UID up to which every message was read: it stays below the first deferred one
     * @param fullRescan the folder was new or its UIDVALIDITY changed, so it was read from the look-back date
     * @param deferred   messages dated after the scan's instant, left unread for a later scan
     */
    public record FolderResult(String folder, long uidValidity, long lastUid, int messages, int malformed,
                               boolean fullRescan, int deferred) {
    }

    /** Messages dated after the scan's instant, across folders, left unread for a later scan. */
    public int deferred() {
        return folders.stream().mapToInt(FolderResult::deferred).sum();
    }

    public Map<String, Watermark> watermarks() {
        return folders.stream()
                .map(f -> new Watermark(f.folder(), f.uidValidity(), f.lastUid()))
                .collect(Collectors.toMap(Watermark::folder, Function.identity()));
    }
}
