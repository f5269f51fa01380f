package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ReportPropertiesTest {

    @Test
    void workbooksGoWhereTheInterfaceContractSays() {
        ReportProperties settings = ReportProperties.of(Path.of("reports"), new Locale("vi"), true);

        assertThat(settings.monthlyWorkbook(YearMonth.of(2026, 10)))
                .isEqualTo(Path.of("reports/2026-10/mailbox-compliance-2026-10.xlsx"));
        assertThat(settings.auditWorkbook(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)))
                .isEqualTo(Path.of("reports/audit/mailbox-audit-2026-09-01_2026-10-31.xlsx"));
    }

    @Test
    void aLanguageWithoutReportTextsIsRefusedNamingTheSettingAndTheChoices() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReportProperties.of(Path.of("reports"), Locale.FRENCH, true))
                .withMessageContaining("compliance.report.locale 'fr'")
                .withMessageContaining("vi or en");
    }
}
