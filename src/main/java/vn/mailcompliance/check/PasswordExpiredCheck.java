package vn.mailcompliance.check;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 15.2: a password is changed periodically. It is expired from the moment it is {@code max-age} old.
 * Details: {@code lastChange}, {@code ageDays}, {@code maxAge}, {@code expiredOn}.
 */
@Component
class PasswordExpiredCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        return PasswordAge.of(account, policy, clock)
                .filter(ages -> !ages.now().isBefore(ages.expiry()))
                .map(ages -> {
                    Details details = new Details.PasswordExpired(ages.changed().toLocalDate(), ages.ageDays(),
                            policy.password().maxAge(), ages.expiry().toLocalDate());
                    return List.of(new Finding(account.address(), account.unitCode(), FindingCode.PASSWORD_EXPIRED,
                            null, details, ages.now(), ages.now()));
                })
                .orElse(List.of());
    }
}
