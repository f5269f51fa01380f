package vn.mailcompliance.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

import vn.mailcompliance.settings.OneOf;

import vn.mailcompliance.finding.Severity;

/**
 * @param dir             where workbooks are written
 * @param locale          {@code vi} (default) or {@code en}
 * @param showSubjects    whether sample subjects of personal-use mail appear in the auditors' {@code audit} export
 *                        (leadership and unit workbooks never show them)
 * @param targetScore     the score every unit should reach: the target line of the Summary's chart
 * @param scoreThresholds two bounds of the traffic lights, highest first: a score at or above the first is green, at
 *                        or above the second amber, below it red
 * @param severityWeights how much a mailbox's worst counted finding takes off the score, per severity
 */
@ConfigurationProperties("compliance.report")
@Validated
public record ReportProperties(
        @DefaultValue("reports") @NotNull Path dir,
        @DefaultValue("vi") @NotNull @OneOf(value = {"vi", "en"}, message = "is not a report language: set it to vi or en")
        Locale locale,
        @DefaultValue("true") boolean showSubjects,
        @DefaultValue("90") double targetScore,
        @DefaultValue({"80", "60"}) List<Double> scoreThresholds,
        @DefaultValue SeverityWeights severityWeights) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The share of one mailbox a finding of each severity takes off the score (a mailbox counts once, by its worst). */
    public record SeverityWeights(@DefaultValue("1.0") double high, @DefaultValue("0.6") double medium,
                                  @DefaultValue("0.3") double low) {

        public SeverityWeights {
            for (double weight : new double[] {high, medium, low}) {
                if (!(weight > 0 && weight <= 1)) {
                    throw new IllegalArgumentException("compliance.report.severity-weights: every weight (high "
                            + high + ", medium " + medium + ", low " + low + ") must be above 0 and at most 1.");
                }
            }
        }

        public double of(Severity severity) {
            return switch (severity) {
                case HIGH -> high;
                case MEDIUM -> medium;
                case LOW -> low;
            };
        }
    }

    public ReportProperties {
        if (!(targetScore >= 0 && targetScore <= 100)) {
            throw new IllegalArgumentException("compliance.report.target-score " + targetScore
                    + " is not a score: set a number from 0 to 100, e.g. 90.");
        }
        if (scoreThresholds == null || scoreThresholds.size() != 2 || scoreThresholds.get(0) > 100
                || scoreThresholds.get(1) < 0 || scoreThresholds.get(0) <= scoreThresholds.get(1)) {
            throw new IllegalArgumentException("compliance.report.score-thresholds " + scoreThresholds
                    + " are not two scores, highest first: set e.g. 80,60 (green from 80, amber from 60).");
        }
        scoreThresholds = List.copyOf(scoreThresholds);
        severityWeights = severityWeights == null ? new SeverityWeights(1.0, 0.6, 0.3) : severityWeights;
    }

    /** The default scoring, with the given place, language and subjects setting. */
    public static ReportProperties of(Path dir, Locale locale, boolean showSubjects) {
        return new ReportProperties(dir, locale, showSubjects, 90, List.of(80.0, 60.0), null);
    }

    double green() {
        return scoreThresholds.get(0);
    }

    double amber() {
        return scoreThresholds.get(1);
    }

    public Path monthlyWorkbook(YearMonth period) {
        return dir.resolve(period.toString()).resolve("mailbox-compliance-" + period + ".xlsx");
    }

    /** A unit's own workbook of the period: the same sheets with only its rows. */
    public Path unitWorkbook(YearMonth period, String unitCode) {
        return dir.resolve(period.toString()).resolve("units").resolve(fileSafe(unitCode) + ".xlsx");
    }

    /** An audit export's file: its range, its units and when it was made, so no export overwrites another. */
    public Path auditWorkbook(LocalDate from, LocalDate to, List<String> units, LocalDateTime createdAt) {
        String scope = units.isEmpty() ? "" : "_" + String.join("-", units.stream().map(ReportProperties::fileSafe)
                .toList());
        return dir.resolve("audit").resolve("mailbox-audit-" + from + "_" + to + scope + "_"
                + STAMP.format(createdAt) + ".xlsx");
    }

    private static String fileSafe(String name) {
        return name == null || name.isBlank() ? "_" : name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }
}
