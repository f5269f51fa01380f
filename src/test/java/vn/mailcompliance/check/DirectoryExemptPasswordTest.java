package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.check.Fixtures.CLOCK;
import static vn.mailcompliance.check.Fixtures.NOW;
import static vn.mailcompliance.check.Fixtures.POLICY;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.finding.FindingCode;

/** A password the directory exempts from expiry (Active Directory's "password never expires") is never judged. */
class DirectoryExemptPasswordTest {

    private final List<AccountCheck> checks = List.of(new PasswordNeverChangedCheck(), new PasswordExpiredCheck(),
            new PasswordExpiringCheck());
    private final AccountSnapshot snapshot = Fixtures.snapshot(List.of(), Map.of(), Map.of());

    private List<FindingCode> codes(Account account) {
        return checks.stream().flatMap(c -> c.check(account, snapshot, POLICY, CLOCK).stream())
                .map(f -> f.code()).toList();
    }

    private static Account exempt(Account account, boolean exempt) {
        return new Account(account.address(), account.displayName(), account.unitCode(), account.kind(),
                account.employeeId(), account.active(), account.createdAt(), account.passwordChangedAt(),
                account.lastLoginAt(), account.leftOn(), "active-directory", true, false, exempt);
    }

    @Test
    void anOldPasswordThatNeverExpiresIsNotExpired() {
        Account old = Fixtures.withPassword(Fixtures.personal("svc@most.gov.vn", "VP"), NOW.minusDays(400),
                NOW.minusYears(2));
        assertThat(codes(exempt(old, false))).containsExactly(FindingCode.PASSWORD_EXPIRED);
        assertThat(codes(exempt(old, true))).isEmpty();
    }

    @Test
    void anIssuedPasswordThatNeverExpiresIsNotJudgedEither() {
        Account issued = Fixtures.withPassword(Fixtures.personal("svc@most.gov.vn", "VP"), null, NOW.minusDays(60));
        assertThat(codes(exempt(issued, false))).containsExactly(FindingCode.PASSWORD_NEVER_CHANGED);
        assertThat(codes(exempt(issued, true))).isEmpty();
    }
}
