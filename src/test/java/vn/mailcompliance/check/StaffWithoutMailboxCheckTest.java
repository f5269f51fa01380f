package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.mailcompliance.check.Fixtures.CLOCK;
import static vn.mailcompliance.check.Fixtures.NOW;
import static vn.mailcompliance.check.Fixtures.POLICY;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.DirectoryRead.StaffMember;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

class StaffWithoutMailboxCheckTest {

    @Test
    void everyCurrentStaffMemberWithoutAnActivePersonalMailboxIsAFindingOfTheirUnit() {
        DirectorySnapshot directory = new DirectorySnapshot(List.of(new Unit("KH", "Vụ Kế hoạch")),
                List.of(Fixtures.personal("an@most.gov.vn", "KH")), Map.of(), Map.of(), List.of(
                        new StaffMember("roster.csv", 7, "KH", "Phạm Chi", "NV07"),
                        new StaffMember("roster.csv", 9, "KH", "Lê Cư", null, "cu@most.gov.vn",
                                StaffMember.DISABLED)));

        List<Finding> found = new StaffWithoutMailboxCheck().check(directory, POLICY, CLOCK);

        assertThat(found).extracting(Finding::code, Finding::unitCode, Finding::address, Finding::subject)
                .containsExactly(tuple(FindingCode.STAFF_WITHOUT_MAILBOX, "KH", null, "NV07"),
                        tuple(FindingCode.STAFF_WITHOUT_MAILBOX, "KH", "cu@most.gov.vn", "Lê Cư (9)"));
        assertThat(found.get(0).details().stored()).containsEntry("fullName", "Phạm Chi").containsEntry("employeeId", "NV07")
                .containsEntry("rosterRow", "7").doesNotContainKey("mailbox").containsEntry("reason", "no-mailbox");
        assertThat(found.get(1).details().stored()).containsEntry("reason", "disabled");
        assertThat(found.get(0).firstSeen()).isEqualTo(NOW);
    }

    @Test
    void aDirectoryWithoutRosterStaffHasNoSuchFinding() {
        DirectorySnapshot directory = Fixtures.directory(List.of(new Unit("KH", "Vụ Kế hoạch")),
                List.of(Fixtures.personal("an@most.gov.vn", "KH")), Map.of(), Map.of());
        assertThat(new StaffWithoutMailboxCheck().check(directory, POLICY, CLOCK)).isEmpty();
    }
}
