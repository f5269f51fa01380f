package vn.mailcompliance.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

import vn.mailcompliance.settings.OneOf;

/**
 * @param dir           where workbooks are written
 * @param locale        {@code vi} (default) or {@code en}
 * @param showSubjects  whether sample subjects of personal-use mail appear in the workbooks
 */
@ConfigurationProperties("compliance.report")
@Validated
public record ReportProperties(
        @DefaultValue("reports") @NotNull Path dir,
        @DefaultValue("vi") @NotNull @OneOf(value = {"vi", "en"}, message = "is not a report language: set it to vi or en")
        Locale locale,
        @DefaultValue("true") boolean showSubjects) {

    public Path monthlyWorkbook(YearMonth period) {
        return dir.resolve(period.toString()).resolve("mailbox-compliance-" + period + ".xlsx");
    }

    public Path auditWorkbook(LocalDate from, LocalDate to) {
        return dir.resolve("audit").resolve("mailbox-audit-" + from + "_" + to + ".xlsx");
    }
}
