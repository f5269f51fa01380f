package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.backlog.UnitMailboxMonth;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

class UnitBacklogCheckTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private final Policy policy = Fixtures.POLICY;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T16:59:59Z"), HANOI);
    private final UnitBacklogCheck check = new UnitBacklogCheck();

    @Test
    void aUnitMailboxWithDaysInBreachIsAUnitBacklogWithItsFigures() {
        Account unit = account("vanphong@most.gov.vn", MailboxKind.UNIT);
        AccountSnapshot snapshot = snapshot(new UnitMailboxMonth("vanphong@most.gov.vn", 21, 19, 3, 12, 6, 4, 1));

        List<Finding> found = check.check(unit, snapshot, policy, clock);

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.UNIT_BACKLOG);
            assertThat(finding.unitCode()).isEqualTo("VP");
            assertThat(finding.details().stored()).containsExactly(
                    Map.entry("daysInBreach", "3"), Map.entry("workingDays", "21"), Map.entry("daysChecked", "19"),
                    Map.entry("maxUnread", "12"), Map.entry("oldestUnreadAgeDays", "6"));
        });
    }

    @Test
    void aUnitMailboxNeverInBreachIsNoFinding() {
        Account unit = account("vanphong@most.gov.vn", MailboxKind.UNIT);

        assertThat(check.check(unit, snapshot(new UnitMailboxMonth("vanphong@most.gov.vn", 21, 21, 0, 3, 1, 0, 0)),
                policy, clock)).isEmpty();
    }

    @Test
    void aPersonalMailboxIsNeverAUnitBacklog() {
        Account personal = account("an@most.gov.vn", MailboxKind.PERSONAL);

        assertThat(check.check(personal, snapshot(new UnitMailboxMonth("an@most.gov.vn", 21, 21, 5, 3, 1, 0, 0)),
                policy, clock)).isEmpty();
    }

    private static AccountSnapshot snapshot(UnitMailboxMonth month) {
        return new AccountSnapshot(new DirectorySnapshot(List.of(), List.of(), Map.of(), Map.of()),
                Map.of(month.address(), month), List.of());
    }

    private static Account account(String address, MailboxKind kind) {
        return new Account(address, "Văn phòng", "VP", kind, null, true, null, null, null, null, "iredmail");
    }
}
