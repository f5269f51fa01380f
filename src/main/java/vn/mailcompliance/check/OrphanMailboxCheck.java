package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 12.3b: the mailbox of someone who left is still enabled (from the day after their leaving date).
 * Details: {@code leftOn} (ISO date), {@code daysSinceLeft}, {@code lastLoginAt} (ISO date-time, empty when unknown).
 */
@Component
class OrphanMailboxCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        LocalDate leftOn = account.leftOn();
        if (!account.active() || leftOn == null || !leftOn.isBefore(now.toLocalDate())) {
            return List.of();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("leftOn", leftOn.toString());
        details.put("daysSinceLeft", String.valueOf(ChronoUnit.DAYS.between(leftOn, now.toLocalDate())));
        details.put("lastLoginAt", account.lastLoginAt() == null ? "" : account.lastLoginAt().toString());
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.ORPHAN_MAILBOX, null, details,
                leftOn.plusDays(1).atStartOfDay(), now));
    }
}
