package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * A password that expires within {@code warn-before} (and has not expired yet), so the owner can be told in time.
 * Details: {@code lastChange} (ISO date), {@code ageDays}, {@code maxAge} (ISO period), {@code expiresOn} (ISO date),
 * {@code daysLeft}.
 */
@Component
class PasswordExpiringCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        LocalDateTime changed = account.passwordChangedAt();
        if (!PasswordAge.evaluable(account, policy) || changed == null) {
            return List.of();
        }
        LocalDateTime now = PasswordAge.now(policy, clock);
        LocalDateTime expiry = changed.plus(policy.password().maxAge());
        if (!now.isBefore(expiry) || now.isBefore(expiry.minus(policy.password().warnBefore()))) {
            return List.of();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("lastChange", changed.toLocalDate().toString());
        details.put("ageDays", String.valueOf(PasswordAge.days(changed, now)));
        details.put("maxAge", policy.password().maxAge().toString());
        details.put("expiresOn", expiry.toLocalDate().toString());
        details.put("daysLeft", String.valueOf(PasswordAge.days(now, expiry)));
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.PASSWORD_EXPIRING, null,
                details, now, now));
    }
}
