package vn.mailcompliance.directory;

/**
 * Whether the mailbox scan reads a mailbox and, when it does not, why: the one rule that the scan's partitions, its
 * reader, its progress and the coverage sheet share ({@link Account#scanScope()}).
 */
public enum ScanScope {

    SCANNED(null),
    DISABLED("disabled"),
    GROUP("group mailbox (forwards to its members)");

    private final String skipReason;

    ScanScope(String skipReason) {
        this.skipReason = skipReason;
    }

    public boolean scanned() {
        return this == SCANNED;
    }

    /** Why the scan leaves the mailbox out, as the coverage sheet says it; {@code null} for a scanned one. */
    public String skipReason() {
        return skipReason;
    }
}
