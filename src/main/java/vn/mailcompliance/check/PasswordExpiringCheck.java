package vn.mailcompliance.check;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * A password that expires within {@code warn-before} (and has not expired yet), so the owner can be told in time.
 * Details: {@code lastChange}, {@code ageDays}, {@code maxAge}, {@code expiresOn},
 * {@code daysLeft}.
 */
@Component
class PasswordExpiringCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        return PasswordAge.of(account, policy, clock)
                .filter(ages -> ages.now().isBefore(ages.expiry())
                        && !ages.now().isBefore(ages.expiry().minus(policy.password().warnBefore())))
                .map(ages -> {
                    Details details = new Details.PasswordExpiring(ages.changed().toLocalDate(), ages.ageDays(),
                            policy.password().maxAge(), ages.expiry().toLocalDate(),
                            PasswordAge.days(ages.now(), ages.expiry()));
                    return List.of(new Finding(account.address(), account.unitCode(), FindingCode.PASSWORD_EXPIRING,
                            null, details, ages.now(), ages.now()));
                })
                .orElse(List.of());
    }
}
