package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.FindingCode;

class KeyEvidenceTest {

    @Test
    void everyKeyComponentIsAComponentOfItsCodesEvidence() {
        for (FindingCode code : FindingCode.values()) {
            for (KeyEvidence.Column column : KeyEvidence.Column.values()) {
                String component = KeyEvidence.of(code, column);
                if (component != null) {
                    assertThat(Details.components(code)).as(code + " " + column).contains(component);
                }
            }
        }
    }

    @Test
    void aColumnHeadedByItsComponentsNamesAtMostTwo() {
        for (KeyEvidence.Column column : KeyEvidence.Column.values()) {
            if (column.heading() == null) {
                assertThat(Arrays.stream(FindingCode.values()).map(code -> KeyEvidence.of(code, column))
                        .filter(Objects::nonNull).distinct()).as(column.name()).hasSizeBetween(1, 2);
            }
        }
    }
}
