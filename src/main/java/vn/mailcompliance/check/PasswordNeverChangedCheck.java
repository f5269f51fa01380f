package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 15.2: the initially issued password must be changed. A new account has {@code new-account-grace} to do it.
 * Details: {@code createdOn} (none when unknown), {@code ageDays} (days since creation, none when
 * unknown), {@code newAccountGrace}.
 */
@Component
class PasswordNeverChangedCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        if (!PasswordAge.evaluable(account, policy) || !account.passwordNeverChanged()) {
            return List.of();
        }
        LocalDateTime now = PasswordAge.now(policy, clock);
        LocalDateTime created = account.createdAt();
        if (created != null && now.isBefore(created.plus(policy.password().newAccountGrace()))) {
            return List.of();
        }
        Details details = new Details.PasswordNeverChanged(created == null ? null : created.toLocalDate(),
                created == null ? null : PasswordAge.days(created, now), policy.password().newAccountGrace());
        return List.of(new Finding(account.address(), account.unitCode(), FindingCode.PASSWORD_NEVER_CHANGED, null,
                details, now, now));
    }
}
