package vn.mailcompliance.imap;

import java.time.LocalDateTime;

/**
 * The coverage of one mailbox in one job execution: scanned, failed with its reason, or skipped with its reason.
 * Times are local times in {@code compliance.zone}.
 */
public record ScanOutcome(String address, Status status, String reason, int folders, int messages, int malformed,
                          int attempts, LocalDateTime startedAt, LocalDateTime finishedAt) {

    public enum Status { SCANNED, FAILED, SKIPPED }

    public static ScanOutcome scanned(MailboxScan scan, int attempts, LocalDateTime startedAt,
                                      LocalDateTime finishedAt) {
        String deferred = scan.deferred() == 0 ? null : scan.deferred()
                + " messages dated after the evaluation instant left for a later scan";
        return new ScanOutcome(scan.address(), Status.SCANNED, deferred, scan.folders().size(), scan.messages(),
                scan.malformed(), attempts, startedAt, finishedAt);
    }

    public static ScanOutcome failed(String address, String reason, int attempts, LocalDateTime startedAt,
                                     LocalDateTime finishedAt) {
        return new ScanOutcome(address, Status.FAILED, reason, 0, 0, 0, attempts, startedAt, finishedAt);
    }
}
