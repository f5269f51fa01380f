package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportPropertiesTest {

    @Test
    void workbooksGoWhereTheInterfaceContractSays() {
        ReportProperties settings = ReportProperties.of(Path.of("reports"), new Locale("vi"), true);

        assertThat(settings.monthlyWorkbook(YearMonth.of(2026, 10)))
                .isEqualTo(Path.of("reports/2026-10/mailbox-compliance-2026-10.xlsx"));
        assertThat(settings.unitWorkbook(YearMonth.of(2026, 10), "VP"))
                .isEqualTo(Path.of("reports/2026-10/units/VP.xlsx"));
        assertThat(settings.auditWorkbook(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31), List.of("TCCB", "VP"),
                LocalDateTime.of(2026, 11, 2, 9, 5, 7)))
                .isEqualTo(Path.of("reports/audit/mailbox-audit-2026-09-01_2026-10-31_TCCB-VP_20261102-090507.xlsx"));
    }

    @Test
    void thresholdsMustBeTwoScoresHighestFirstAndWeightsShares() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportProperties(Path.of("reports"), new Locale("vi"), true, 90,
                        List.of(60.0, 80.0), null))
                .withMessageContaining("compliance.report.score-thresholds");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportProperties.SeverityWeights(1.0, 0.6, 0))
                .withMessageContaining("compliance.report.severity-weights");
    }
}
