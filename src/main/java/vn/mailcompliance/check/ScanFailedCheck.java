package vn.mailcompliance.check;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.imap.ScanOutcome;

/**
 * A mailbox that could not be scanned is a recorded coverage gap, never a silent omission (DESIGN §3): one SCAN_FAILED
 * finding per mailbox whose latest scan outcome failed, in the unit the directory gives it, with the reason and the
 * attempts ({@link Details.ScanFailed}).
 */
@Component
public class ScanFailedCheck {

    /** @param seenAt when the failure is recorded: first and last seen of the findings */
    public List<Finding> check(List<ScanOutcome> outcomes, DirectorySnapshot directory, LocalDateTime seenAt) {
        List<Finding> failures = new ArrayList<>();
        for (ScanOutcome outcome : outcomes) {
            if (outcome.status() == ScanOutcome.Status.FAILED) {
                String unit = directory.account(outcome.address()).map(Account::unitCode).orElse(null);
                failures.add(new Finding(outcome.address(), unit, FindingCode.SCAN_FAILED, "",
                        new Details.ScanFailed(outcome.reason(), outcome.attempts()), seenAt, seenAt));
            }
        }
        return failures;
    }
}
