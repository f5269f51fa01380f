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
 * Article 15.2: a password is changed periodically. It is expired from the moment it is {@code max-age} old.
 * Details: {@code lastChange} (ISO date), {@code ageDays}, {@code maxAge} (ISO period), {@code expiredOn} (ISO date).
 */
@Component
class PasswordExpiredCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        LocalDateTime changed = account.passwordChangedAt();
        if (!PasswordAge.evaluable(account, policy) || changed == null) {
            return List.of();
        }
        LocalDateTime now = PasswordAge.now(policy, clock);
        LocalDateTime expiry = changed.plus(policy.password().maxAge());
        if (now.isBefore(expiry)) {
            return List.of();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("lastChange", changed.toLocalDate().toString());
        details.put("ageDays", String.valueOf(PasswordAge.days(changed, now)));
        details.put("maxAge", policy.password().maxAge().toString());
        details.put("expiredOn", expiry.toLocalDate().toString());
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.PASSWORD_EXPIRED, null,
                details, now, now));
    }
}
