package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.imap.ScanOutcome;

class ScanFailedCheckTest {

    private static final LocalDateTime STARTED = LocalDateTime.of(2026, 11, 1, 2, 0);

    private final DirectorySnapshot directory = new DirectorySnapshot(List.of(new Unit("VP", "Văn phòng")),
            List.of(Fixtures.personal("an@most.gov.vn", "VP"), Fixtures.personal("binh@most.gov.vn", "VP")),
            Map.of(), Map.of());

    @Test
    void onlyAMailboxWhoseScanFailedIsAScanFailedFindingOfItsUnit() {
        List<Finding> found = new ScanFailedCheck().check(List.of(
                ScanOutcome.failed("an@most.gov.vn", "connection refused", 3, STARTED, STARTED.plusMinutes(1)),
                new ScanOutcome("binh@most.gov.vn", ScanOutcome.Status.SCANNED, null, 1, 12, 0, 1, STARTED,
                        STARTED.plusMinutes(1))),
                directory, Fixtures.NOW);

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.SCAN_FAILED);
            assertThat(finding.address()).isEqualTo("an@most.gov.vn");
            assertThat(finding.unitCode()).isEqualTo("VP");
            assertThat(finding.firstSeen()).isEqualTo(Fixtures.NOW);
        });
    }

    @Test
    void aMailboxNoLongerInTheDirectoryIsReportedWithoutAUnit() {
        List<Finding> found = new ScanFailedCheck().check(List.of(
                ScanOutcome.failed("gone@most.gov.vn", "timeout", 1, STARTED, STARTED)), directory, Fixtures.NOW);

        assertThat(found).singleElement().satisfies(finding -> assertThat(finding.unitCode()).isNull());
    }
}
