package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;

/**
 * What the password checks share: which accounts they judge (enabled personal and unit mailboxes whose source tells
 * the last change, not exempt service accounts nor passwords the directory exempts from expiry; group mailboxes have no password) and the age of a password.
 */
final class PasswordAge {

    private PasswordAge() {
    }

    static boolean evaluable(Account account, Policy policy) {
        return account.active() && account.kind() != MailboxKind.GROUP && account.passwordChangeKnown()
                && !account.passwordExempt() && !policy.password().isExempt(account.address());
    }

    static LocalDateTime now(Policy policy, Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), policy.zone());
    }

    /**
     * The last change, the evaluation instant and the day the password expires, for an account the password checks
     * judge and whose password was changed at least once.
     */
    static Optional<Ages> of(Account account, Policy policy, Clock clock) {
        LocalDateTime changed = account.passwordChangedAt();
        if (!evaluable(account, policy) || changed == null) {
            return Optional.empty();
        }
        return Optional.of(new Ages(changed, now(policy, clock), changed.plus(policy.password().maxAge())));
    }

    record Ages(LocalDateTime changed, LocalDateTime now, LocalDateTime expiry) {

        long ageDays() {
            return days(changed, now);
        }
    }

    static long days(LocalDateTime from, LocalDateTime to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
