package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.check.Fixtures.CLOCK;
import static vn.mailcompliance.check.Fixtures.NOW;
import static vn.mailcompliance.check.Fixtures.POLICY;

import java.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.finding.Details;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

class PasswordChecksTest {

    private final List<AccountCheck> checks = List.of(new PasswordNeverChangedCheck(), new PasswordExpiredCheck(),
            new PasswordExpiringCheck());
    private final AccountSnapshot snapshot = Fixtures.snapshot(List.of(), Map.of(), Map.of());

    private List<Finding> run(Account account) {
        return checks.stream().flatMap(c -> c.check(account, snapshot, POLICY, CLOCK).stream()).toList();
    }

    private Account changed(long daysAgo) {
        return Fixtures.withPassword(Fixtures.personal("a@most.gov.vn", "VP"), NOW.minusDays(daysAgo),
                NOW.minusYears(1));
    }

    @Test
    void passwordExactlyMaxAgeOldIsExpired() {
        List<Finding> found = run(changed(90));
        assertThat(found).extracting(Finding::code).containsExactly(FindingCode.PASSWORD_EXPIRED);
        assertThat(found.get(0).details()).isEqualTo(new Details.PasswordExpired(LocalDate.parse("2026-08-02"), 90L,
                Period.ofDays(90), LocalDate.parse("2026-10-31")));
    }

    @Test
    void passwordOneDayBeforeMaxAgeIsExpiringNotExpired() {
        List<Finding> found = run(changed(89));
        assertThat(found).extracting(Finding::code).containsExactly(FindingCode.PASSWORD_EXPIRING);
        assertThat(found.get(0).details()).isInstanceOfSatisfying(Details.PasswordExpiring.class, expiring -> {
            assertThat(expiring.daysLeft()).isEqualTo(1);
            assertThat(expiring.expiresOn()).isEqualTo(LocalDate.parse("2026-11-01"));
        });
    }

    @Test
    void passwordJustOutsideTheWarningWindowIsNotFlagged() {
        assertThat(run(changed(75))).isEmpty();
        assertThat(run(changed(76))).extracting(Finding::code).containsExactly(FindingCode.PASSWORD_EXPIRING);
    }

    @Test
    void initialPasswordOfAnOldAccountIsNeverChanged() {
        List<Finding> found = run(Fixtures.withPassword(Fixtures.personal("a@most.gov.vn", "VP"), null,
                NOW.minusDays(30)));
        assertThat(found).extracting(Finding::code).containsExactly(FindingCode.PASSWORD_NEVER_CHANGED);
        assertThat(found.get(0).details()).isEqualTo(new Details.PasswordNeverChanged(LocalDate.parse("2026-10-01"),
                30L, Period.ofDays(14)));
    }

    @Test
    void newAccountWithinItsGracePeriodIsNotFlagged() {
        assertThat(run(Fixtures.withPassword(Fixtures.personal("a@most.gov.vn", "VP"), null,
                NOW.minusDays(14).plusSeconds(1)))).isEmpty();
        assertThat(run(Fixtures.withPassword(Fixtures.personal("a@most.gov.vn", "VP"), null,
                NOW.minusDays(14)))).extracting(Finding::code).containsExactly(FindingCode.PASSWORD_NEVER_CHANGED);
    }

    @Test
    void disabledGroupAndExemptAccountsAreNotFlaggedButUnitMailboxesAre() {
        Account disabled = Fixtures.withPassword(Fixtures.account("a@most.gov.vn", "VP", MailboxKind.PERSONAL, false),
                null, NOW.minusYears(1));
        Account group = Fixtures.withPassword(Fixtures.account("g@most.gov.vn", "VP", MailboxKind.GROUP, true),
                null, NOW.minusYears(1));
        Account exempt = Fixtures.withPassword(Fixtures.personal("svc-backup@most.gov.vn", "VP"), null,
                NOW.minusYears(1));
        Account unit = Fixtures.withPassword(Fixtures.account("vanphong@most.gov.vn", "VP", MailboxKind.UNIT, true),
                null, NOW.minusYears(1));
        assertThat(run(disabled)).isEmpty();
        assertThat(run(group)).isEmpty();
        assertThat(run(exempt)).isEmpty();
        assertThat(POLICY.password().isExempt("svc-backup@most.gov.vn")).isTrue();
        assertThat(run(unit)).extracting(Finding::code).containsExactly(FindingCode.PASSWORD_NEVER_CHANGED);
    }

    @Test
    void accountWhoseLastChangeIsUnknownIsNotEvaluated() {
        Account a = Fixtures.personal("a@most.gov.vn", "VP");
        Account unknown = new Account(a.address(), a.displayName(), a.unitCode(), a.kind(), null, true,
                NOW.minusYears(1), null, null, null, "postfixadmin", false);
        assertThat(run(unknown)).isEmpty();
    }
}
