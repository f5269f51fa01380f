package vn.mailcompliance.job;

import java.util.List;
import java.util.stream.Collectors;

import vn.mailcompliance.imap.ScanOutcome;

/** Too many mailboxes could not be scanned for the report to be trusted. */
class ScanCoverageException extends RuntimeException {

    ScanCoverageException(List<ScanOutcome> failed, int total, double maxShare) {
        super(failed.size() + " of " + total + " mailboxes could not be scanned, more than compliance.imap.max-failed-share "
                + maxShare + "; fix the cause and restart the period (scanned mailboxes are not scanned again). "
                + "First failures: " + failed.stream().limit(5)
                .map(o -> o.address() + " (" + o.reason() + ")").collect(Collectors.joining("; ")));
    }
}
