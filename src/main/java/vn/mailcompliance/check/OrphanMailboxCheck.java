package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 12.3b: the mailbox of someone who left is still enabled once {@code compliance.inventory.leaver-grace} has
 * passed since the leaving date (from the day after; with {@code P0D}, the day after leaving). Details: {@code leftOn},
 * {@code daysSinceLeft}, {@code leaverGrace}, {@code lastLoginAt} (none when unknown).
 */
@Component
class OrphanMailboxCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        LocalDate leftOn = account.leftOn();
        if (!account.active() || leftOn == null) {
            return List.of();
        }
        LocalDate graceEnds = leftOn.plus(policy.inventory().leaverGrace());
        if (!graceEnds.isBefore(now.toLocalDate())) {
            return List.of();
        }
        Details details = new Details.OrphanMailbox(leftOn, ChronoUnit.DAYS.between(leftOn, now.toLocalDate()),
                policy.inventory().leaverGrace(), account.lastLoginAt());
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.ORPHAN_MAILBOX, null, details,
                graceEnds.plusDays(1).atStartOfDay(), now));
    }
}
