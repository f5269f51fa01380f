package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.check.Fixtures.CLOCK;
import static vn.mailcompliance.check.Fixtures.NOW;
import static vn.mailcompliance.check.Fixtures.POLICY;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Finding;

class InventoryChecksTest {

    private static final List<Unit> UNITS = List.of(new Unit("VP", "Văn phòng"), new Unit("KH", "Vụ Kế hoạch"));

    @Test
    void unitWithoutAnActiveUnitMailboxIsMissingOne() {
        DirectorySnapshot d = Fixtures.directory(UNITS, List.of(
                Fixtures.account("vanphong@most.gov.vn", "VP", MailboxKind.UNIT, true),
                Fixtures.account("kehoach@most.gov.vn", "KH", MailboxKind.UNIT, false)), Map.of(), Map.of());
        List<Finding> found = new UnitMailboxMissingCheck().check(d, POLICY, CLOCK);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.address()).isNull();
            assertThat(f.unitCode()).isEqualTo("KH");
            assertThat(f.details().stored()).containsEntry("unitName", "Vụ Kế hoạch")
                    .containsEntry("disabledUnitMailboxes", "kehoach@most.gov.vn");
        });
    }

    @Test
    void unitWithSeveralActiveUnitMailboxesHasOneFindingPerMailbox() {
        DirectorySnapshot d = Fixtures.directory(UNITS.subList(0, 1), List.of(
                Fixtures.account("vanphong@most.gov.vn", "VP", MailboxKind.UNIT, true),
                Fixtures.account("vp2@most.gov.vn", "VP", MailboxKind.UNIT, true)), Map.of(), Map.of());
        assertThat(new UnitMailboxDuplicateCheck().check(d, POLICY, CLOCK))
                .extracting(Finding::address, f -> f.details().stored().get("otherUnitMailboxes"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vanphong@most.gov.vn", "vp2@most.gov.vn"),
                        org.assertj.core.groups.Tuple.tuple("vp2@most.gov.vn", "vanphong@most.gov.vn"));
    }

    @Test
    void oneActiveAndOneDisabledUnitMailboxIsNoDuplicate() {
        DirectorySnapshot d = Fixtures.directory(UNITS.subList(0, 1), List.of(
                Fixtures.account("vanphong@most.gov.vn", "VP", MailboxKind.UNIT, true),
                Fixtures.account("vp-old@most.gov.vn", "VP", MailboxKind.UNIT, false)), Map.of(), Map.of());
        assertThat(new UnitMailboxDuplicateCheck().check(d, POLICY, CLOCK)).isEmpty();
        assertThat(new UnitMailboxMissingCheck().check(d, POLICY, CLOCK)).isEmpty();
    }

    @Test
    void personWithTwoMailboxesByEmployeeIdOrByNameInUnitIsADuplicate() {
        DirectorySnapshot d = Fixtures.directory(UNITS, List.of(
                Fixtures.person("an@most.gov.vn", "VP", "Trần An", "NV01"),
                Fixtures.person("an.tran@most.gov.vn", "KH", "Tran An", "NV01"),
                Fixtures.person("binh@most.gov.vn", "VP", "Lê  Bình", null),
                Fixtures.person("binh2@most.gov.vn", "VP", "lê bình", null)), Map.of(), Map.of());
        List<Finding> found = new PersonalMailboxDuplicateCheck().check(d, POLICY, CLOCK);
        assertThat(found).extracting(Finding::address).containsExactly("an@most.gov.vn", "an.tran@most.gov.vn",
                "binh@most.gov.vn", "binh2@most.gov.vn");
        assertThat(found.get(0).details().stored()).containsEntry("matchedBy", "employeeId")
                .containsEntry("otherMailboxes", "an.tran@most.gov.vn");
        assertThat(found.get(2).details().stored()).containsEntry("matchedBy", "fullNameInUnit");
    }

    @Test
    void sameNameInDifferentUnitsOrWithDifferentDiacriticsIsNoDuplicate() {
        DirectorySnapshot d = Fixtures.directory(UNITS, List.of(
                Fixtures.person("binh@most.gov.vn", "VP", "Lê Bình", null),
                Fixtures.person("binh.kh@most.gov.vn", "KH", "Lê Bình", null),
                Fixtures.person("le@most.gov.vn", "VP", "Lệ Bình", null),
                Fixtures.person("x@most.gov.vn", "VP", "Khác", "NV01"),
                Fixtures.person("y@most.gov.vn", "VP", "Khác", "NV02")), Map.of(), Map.of());
        assertThat(new PersonalMailboxDuplicateCheck().check(d, POLICY, CLOCK)).isEmpty();
    }

    @Test
    void accountOutsideTheOfficialDomainsIsFlaggedButAnOfficialSubdomainIsNot() {
        AccountSnapshot s = Fixtures.snapshot(List.of(), Map.of(), Map.of());
        NonOfficialDomainCheck check = new NonOfficialDomainCheck();
        assertThat(check.check(Fixtures.personal("a@most.com.vn", "VP"), s, POLICY, CLOCK))
                .singleElement().satisfies(f -> assertThat(f.details().stored()).containsEntry("domain", "most.com.vn"));
        assertThat(check.check(Fixtures.personal("a@hanoi.most.gov.vn", "VP"), s, POLICY, CLOCK)).isEmpty();
        assertThat(check.check(Fixtures.personal("a@vista.gov.vn", "VP"), s, POLICY, CLOCK)).isEmpty();
    }

    @Test
    void enabledMailboxOfSomeoneWhoLeftIsAnOrphan() {
        List<Finding> found = new OrphanMailboxCheck().check(Fixtures.left("a@most.gov.vn",
                NOW.toLocalDate().minusDays(5), true), Fixtures.snapshot(List.of(), Map.of(), Map.of()), POLICY, CLOCK);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.details().stored())
                .containsEntry("leftOn", "2026-10-26").containsEntry("daysSinceLeft", "5"));
    }

    @Test
    void disabledMailboxOfSomeoneWhoLeftOrWhoLeavesTodayIsNoOrphan() {
        OrphanMailboxCheck check = new OrphanMailboxCheck();
        AccountSnapshot s = Fixtures.snapshot(List.of(), Map.of(), Map.of());
        assertThat(check.check(Fixtures.left("a@most.gov.vn", NOW.toLocalDate().minusDays(5), false), s, POLICY,
                CLOCK)).isEmpty();
        assertThat(check.check(Fixtures.left("a@most.gov.vn", NOW.toLocalDate(), true), s, POLICY, CLOCK)).isEmpty();
    }

    @Test
    void forwardingToFreeWebmailIsExternalAndNamedAsSuch() {
        Account a = Fixtures.personal("a@most.gov.vn", "VP");
        AccountSnapshot s = Fixtures.snapshot(List.of(a), Map.of("a@most.gov.vn",
                List.of("a.home@gmail.com", "a@partner.vn")), Map.of());
        assertThat(new ExternalForwardingCheck().check(a, s, POLICY, CLOCK))
                .extracting(Finding::subject, f -> f.details().stored().get("freeWebmail"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.home@gmail.com", "true"),
                        org.assertj.core.groups.Tuple.tuple("a@partner.vn", "false"));
    }

    @Test
    void forwardingToAnotherOfficialDomainOrOfficialSubdomainIsNotExternal() {
        Account a = Fixtures.personal("a@most.gov.vn", "VP");
        AccountSnapshot s = Fixtures.snapshot(List.of(a), Map.of("a@most.gov.vn",
                List.of("a@vista.gov.vn", "a@hanoi.most.gov.vn")), Map.of());
        assertThat(new ExternalForwardingCheck().check(a, s, POLICY, CLOCK)).isEmpty();
    }

    @Test
    void groupMemberThatIsExternalDisabledOrUnknownIsFlaggedWithTheReason() {
        Account group = Fixtures.account("phongban@most.gov.vn", "VP", MailboxKind.GROUP, true);
        Account member = Fixtures.personal("a@most.gov.vn", "VP");
        Account disabled = Fixtures.account("b@most.gov.vn", "VP", MailboxKind.PERSONAL, false);
        AccountSnapshot s = Fixtures.snapshot(List.of(group, member, disabled), Map.of(), Map.of(
                "phongban@most.gov.vn", List.of("a@most.gov.vn", "b@most.gov.vn", "c@most.gov.vn", "d@gmail.com")));
        assertThat(new GroupExternalMemberCheck().check(group, s, POLICY, CLOCK))
                .extracting(Finding::subject, f -> f.details().stored().get("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b@most.gov.vn", "disabled"),
                        org.assertj.core.groups.Tuple.tuple("c@most.gov.vn", "unknown"),
                        org.assertj.core.groups.Tuple.tuple("d@gmail.com", "external"));
    }

    @Test
    void groupOfActiveOfficialMembersIsNotFlagged() {
        Account group = Fixtures.account("phongban@most.gov.vn", "VP", MailboxKind.GROUP, true);
        Account member = Fixtures.personal("a@most.gov.vn", "VP");
        AccountSnapshot s = Fixtures.snapshot(List.of(group, member), Map.of(),
                Map.of("phongban@most.gov.vn", List.of("a@most.gov.vn")));
        assertThat(new GroupExternalMemberCheck().check(group, s, POLICY, CLOCK)).isEmpty();
    }
}
