package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.check.Fixtures.CLOCK;
import static vn.mailcompliance.check.Fixtures.NOW;
import static vn.mailcompliance.check.Fixtures.POLICY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/** Leavers' mailboxes (articles 12.3b and 15.2) and personal mailboxes nobody checks (article 15.1). NOW is Sat 31/10/2026. */
class LeaverAndLoginChecksTest {

    private static final AccountSnapshot NOTHING = Fixtures.snapshot(List.of(), Map.of(), Map.of());

    private static Account mailbox(MailboxKind kind, boolean active, LocalDate leftOn, LocalDateTime login,
                                   LocalDateTime delivery) {
        return new Account("an@most.gov.vn", "Trần An", "VP", kind, "NV01", active, NOW.minusYears(1),
                NOW.minusDays(10), login, leftOn, "iredmail", true, false, false, delivery);
    }

    private static Account leaver(LocalDate leftOn, LocalDateTime login) {
        return mailbox(MailboxKind.PERSONAL, true, leftOn, login, null);
    }

    private static Account working(LocalDateTime login, LocalDateTime delivery) {
        return mailbox(MailboxKind.PERSONAL, true, null, login, delivery);
    }

    private static Policy withInventory(Period grace, int unattendedAfter, WorkingCalendar calendar) {
        return new Policy(POLICY.zone(), POLICY.organization(), POLICY.password(), POLICY.freeWebmailDomains(),
                new InventoryPolicy(grace, unattendedAfter, calendar));
    }

    private static List<Finding> usedAfterLeaving(Account account, Policy policy) {
        return new MailboxUsedAfterLeavingCheck().check(account, NOTHING, policy, CLOCK);
    }

    private static List<Finding> unattended(Account account, Policy policy) {
        return new PersonalMailboxUnattendedCheck().check(account, NOTHING, policy, CLOCK);
    }

    @Test
    void loginIntoALeaversMailboxAfterTheLeavingDateIsUseByAnother() {
        LocalDateTime login = LocalDateTime.of(2026, 10, 20, 9, 15);
        assertThat(usedAfterLeaving(leaver(LocalDate.of(2026, 10, 1), login), POLICY)).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.MAILBOX_USED_AFTER_LEAVING);
                    assertThat(f.details().stored()).containsEntry("leftOn", "2026-10-01")
                            .containsEntry("lastLoginAt", "2026-10-20T09:15")
                            .containsEntry("daysAfterLeaving", "19")
                            .containsEntry("leaverGrace", "P0D");
                    assertThat(f.firstSeen()).isEqualTo(login);
                });
    }

    @Test
    void loginOnTheLeavingDayOrWithinTheGraceIsNoUseByAnother() {
        LocalDate leftOn = LocalDate.of(2026, 10, 1);
        assertThat(usedAfterLeaving(leaver(leftOn, leftOn.atTime(17, 30)), POLICY)).isEmpty();
        Policy monthOfGrace = withInventory(Period.ofDays(30), 10, WorkingCalendar.weekendsOnly());
        assertThat(usedAfterLeaving(leaver(leftOn, LocalDateTime.of(2026, 10, 31, 8, 0)), monthOfGrace)).isEmpty();
        assertThat(usedAfterLeaving(leaver(LocalDate.of(2026, 9, 30), LocalDateTime.of(2026, 10, 31, 8, 0)),
                monthOfGrace)).hasSize(1);
    }

    @Test
    void aDeliveryIntoALeaversMailboxIsNotALogin() {
        Account delivered = mailbox(MailboxKind.PERSONAL, true, LocalDate.of(2026, 10, 1), null,
                LocalDateTime.of(2026, 10, 30, 10, 0));
        assertThat(usedAfterLeaving(delivered, POLICY)).isEmpty();
    }

    @Test
    void aLastLoginThatIsTheAuditorsOwnScanTellsNothingOfAnotherPersonsUse() {
        AccountSnapshot scannedThen = new AccountSnapshot(NOTHING.directory(), Map.of(), List.of(), true);
        Account leaver = leaver(LocalDate.of(2026, 10, 1), LocalDateTime.of(2026, 10, 20, 9, 15));
        assertThat(new MailboxUsedAfterLeavingCheck().check(leaver, scannedThen, POLICY, CLOCK)).isEmpty();
        assertThat(new OrphanMailboxCheck().check(leaver, scannedThen, POLICY, CLOCK)).hasSize(1);
    }

    @Test
    void aRevokedMailboxOrALoginAfterTheEvaluationInstantIsNotJudged() {
        LocalDate leftOn = LocalDate.of(2026, 10, 1);
        assertThat(usedAfterLeaving(mailbox(MailboxKind.PERSONAL, false, leftOn,
                LocalDateTime.of(2026, 10, 20, 9, 0), null), POLICY)).isEmpty();
        assertThat(usedAfterLeaving(leaver(leftOn, LocalDateTime.of(2026, 11, 2, 9, 0)), POLICY)).isEmpty();
    }

    @Test
    void orphanMailboxWaitsForTheLeaverGrace() {
        Account left = leaver(LocalDate.of(2026, 10, 20), null);
        OrphanMailboxCheck check = new OrphanMailboxCheck();
        assertThat(check.check(left, NOTHING, withInventory(Period.ofDays(14), 10, WorkingCalendar.weekendsOnly()),
                CLOCK)).isEmpty();
        assertThat(check.check(left, NOTHING, withInventory(Period.ofDays(7), 10, WorkingCalendar.weekendsOnly()),
                CLOCK)).singleElement().satisfies(f -> {
                    assertThat(f.firstSeen()).isEqualTo(LocalDateTime.of(2026, 10, 28, 0, 0));
                    assertThat(f.details().stored()).containsEntry("leaverGrace", "P7D").containsEntry("daysSinceLeft", "11");
                });
        assertThat(check.check(left, NOTHING, POLICY, CLOCK)).singleElement()
                .satisfies(f -> assertThat(f.firstSeen()).isEqualTo(LocalDateTime.of(2026, 10, 21, 0, 0)));
    }

    @Test
    void personalMailboxWithoutLoginForTenWorkingDaysIsUnattended() {
        LocalDateTime delivery = LocalDateTime.of(2026, 10, 30, 11, 0);
        // Friday 16/10: 19–23 and 26–30 October are ten working days without a login.
        assertThat(unattended(working(LocalDateTime.of(2026, 10, 16, 15, 0), delivery), POLICY)).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.PERSONAL_MAILBOX_UNATTENDED);
                    assertThat(f.details().stored()).containsEntry("lastLoginAt", "2026-10-16T15:00")
                            .containsEntry("workingDaysWithoutLogin", "10")
                            .containsEntry("unattendedAfter", "10")
                            .containsEntry("lastDeliveryAt", "2026-10-30T11:00");
                    assertThat(f.firstSeen()).isEqualTo(LocalDateTime.of(2026, 10, 30, 0, 0));
                });
        // Monday 19/10: nine working days.
        assertThat(unattended(working(LocalDateTime.of(2026, 10, 19, 8, 0), delivery), POLICY)).isEmpty();
    }

    @Test
    void holidaysAreNotWorkingDaysWithoutLogin() {
        Policy holiday = withInventory(Period.ZERO, 10,
                new WorkingCalendar(Set.of(LocalDate.of(2026, 10, 27)), Set.of()));
        assertThat(unattended(working(LocalDateTime.of(2026, 10, 16, 15, 0), null), holiday)).isEmpty();
    }

    @Test
    void mailboxWithoutLoginDataIsUnknownNeverUnattended() {
        assertThat(unattended(working(null, LocalDateTime.of(2026, 10, 30, 11, 0)), POLICY)).isEmpty();
        assertThat(unattended(working(null, null), POLICY)).isEmpty();
    }

    @Test
    void onlyEnabledPersonalMailboxesOfPeopleStillHereAreJudgedUnattended() {
        LocalDateTime longAgo = LocalDateTime.of(2026, 8, 3, 9, 0);
        assertThat(unattended(mailbox(MailboxKind.UNIT, true, null, longAgo, null), POLICY)).isEmpty();
        assertThat(unattended(mailbox(MailboxKind.GROUP, true, null, longAgo, null), POLICY)).isEmpty();
        assertThat(unattended(mailbox(MailboxKind.PERSONAL, false, null, longAgo, null), POLICY)).isEmpty();
        assertThat(unattended(leaver(LocalDate.of(2026, 9, 1), longAgo), POLICY)).isEmpty();
        assertThat(unattended(working(longAgo, null), POLICY)).hasSize(1);
    }
}
