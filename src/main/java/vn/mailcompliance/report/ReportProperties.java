package vn.mailcompliance.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir           where workbooks are written
 * @param locale        {@code vi} (default) or {@code en}
 * @param showSubjects  whether sample subjects of personal-use mail appear in the workbooks
 */
@ConfigurationProperties("compliance.report")
public record ReportProperties(
        @DefaultValue("reports") Path dir,
        @DefaultValue("vi") Locale locale,
        @DefaultValue("true") boolean showSubjects) {

    public ReportProperties {
        if (!Set.of("vi", "en").contains(locale.getLanguage())) {
            throw new IllegalArgumentException("compliance.report.locale '" + locale
                    + "' is not a report language: set it to vi or en.");
        }
    }

    public Path monthlyWorkbook(YearMonth period) {
        return dir.resolve(period.toString()).resolve("mailbox-compliance-" + period + ".xlsx");
    }

    public Path auditWorkbook(LocalDate from, LocalDate to) {
        return dir.resolve("audit").resolve("mailbox-audit-" + from + "_" + to + ".xlsx");
    }
}
