package vn.mailcompliance.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScanScopeTest {

    private static Account account(String address, MailboxKind kind, boolean active) {
        return new Account(address, "Nguyễn Văn A", "VP", kind, null, active, LocalDateTime.of(2025, 1, 1, 8, 0),
                null, null, null, "iredmail");
    }

    @Test
    void activePersonalAndUnitMailboxesAreScanned() {
        assertThat(account("an@most.gov.vn", MailboxKind.PERSONAL, true).scanScope()).isEqualTo(ScanScope.SCANNED);
        assertThat(account("vp@most.gov.vn", MailboxKind.UNIT, true).scanScope()).isEqualTo(ScanScope.SCANNED);
        assertThat(ScanScope.SCANNED.skipReason()).isNull();
    }

    @Test
    void aDisabledMailboxIsSkippedAsDisabledWhateverItsKind() {
        assertThat(account("cu@most.gov.vn", MailboxKind.PERSONAL, false).scanScope()).isEqualTo(ScanScope.DISABLED);
        assertThat(account("nhom@most.gov.vn", MailboxKind.GROUP, false).scanScope()).isEqualTo(ScanScope.DISABLED);
        assertThat(ScanScope.DISABLED.skipReason()).isEqualTo("disabled");
    }

    @Test
    void anActiveGroupIsSkippedBecauseItOnlyForwardsToItsMembers() {
        Account group = account("nhom@most.gov.vn", MailboxKind.GROUP, true);

        assertThat(group.scanScope().scanned()).isFalse();
        assertThat(group.scanScope().skipReason()).isEqualTo("group mailbox (forwards to its members)");
    }

    @Test
    void theSnapshotListsTheScannedAddressesInAddressOrder() {
        DirectorySnapshot snapshot = new DirectorySnapshot(List.of(new Unit("VP", "Văn phòng")), List.of(
                account("vp@most.gov.vn", MailboxKind.UNIT, true),
                account("nhom@most.gov.vn", MailboxKind.GROUP, true),
                account("cu@most.gov.vn", MailboxKind.PERSONAL, false),
                account("an@most.gov.vn", MailboxKind.PERSONAL, true)), Map.of(), Map.of());

        assertThat(snapshot.scannableAddresses()).containsExactly("an@most.gov.vn", "vp@most.gov.vn");
    }

    @Test
    void aUnitMailboxScopeIncludesOnlyScannedUnitMailboxes() {
        AccountScope scope = AccountScope.scannedUnitMailboxes();

        assertThat(scope.includes(account("vp@most.gov.vn", MailboxKind.UNIT, true))).isTrue();
        assertThat(scope.includes(account("cu@most.gov.vn", MailboxKind.UNIT, false))).isFalse();
        assertThat(scope.includes(account("an@most.gov.vn", MailboxKind.PERSONAL, true))).isFalse();
        assertThat(scope.alreadyDone()).isNull();
    }

    @Test
    void aRestartedScanScopeLeavesOutTheMailboxesAlreadyDone() {
        AccountScope scope = AccountScope.scannedBetween("a", "z", Set.of("an@most.gov.vn"));

        assertThat(scope.includes(account("an@most.gov.vn", MailboxKind.PERSONAL, true))).isFalse();
        assertThat(scope.includes(account("binh@most.gov.vn", MailboxKind.PERSONAL, true))).isTrue();
        assertThat(scope.includes(account("nhom@most.gov.vn", MailboxKind.GROUP, true))).isFalse();
    }
}
