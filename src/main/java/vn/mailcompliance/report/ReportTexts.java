package vn.mailcompliance.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.Severity;
import vn.mailcompliance.personaluse.Authenticity;
import vn.mailcompliance.personaluse.Category;
import vn.mailcompliance.personaluse.MessageKind;

/** The texts of the workbooks in the report language, from {@code report/messages_<locale>.properties} (UTF-8). */
final class ReportTexts {

    /** An ISO-8601 period such as P90D or P1Y2M, as the settings and findings store durations. */
    private static final Pattern ISO_PERIOD = Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");

    private final ResourceBundle bundle;
    private final Locale locale;

    ReportTexts(Locale locale) {
        this.locale = locale;
        bundle = ResourceBundle.getBundle("report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key) {
        return bundle.getString(key);
    }

    Locale locale() {
        return locale;
    }

    /** A text of the bundle with its arguments ({0}, {1}…). */
    String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    /** A whole number without its ".0" (90, not 90.0); any other as {@link String#valueOf(double)} writes it. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A score with one decimal in the report's locale ("52,5", "52.5"); "—" for none. */
    String oneDecimal(Double value) {
        return value == null ? "—" : String.format(locale, "%.1f", value);
    }

    /** A change of score with its sign and one decimal in the report's locale ("+2,5", "-2.0"). */
    String signedOneDecimal(double value) {
        return String.format(locale, "%+.1f", value);
    }

    /** A period as readers name it: "Tháng 11/2026", "November 2026". */
    String periodName(java.time.YearMonth period) {
        return format("format.period", period.getMonthValue(), String.valueOf(period.getYear()),
                period.getMonth().getDisplayName(java.time.format.TextStyle.FULL, locale));
    }

    /** A period in a column header: "T11/2026", "Nov 2026". */
    String shortPeriodName(java.time.YearMonth period) {
        return format("format.shortPeriod", period.getMonthValue(), String.valueOf(period.getYear()),
                period.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, locale));
    }

    String sheet(String key) {
        return text("sheet." + key);
    }

    String column(String key) {
        return text("column." + key);
    }

    String label(FindingCode code) {
        return text("code." + code.name());
    }

    /** Whether a code counts in the score, and if not why; a code the bundle does not describe counts. */
    String counted(FindingCode code) {
        return coded("counted." + code.name(), text("counted.default"));
    }

    /** What the unit (or the IT center) does to resolve a finding of the code. */
    String resolvedBy(FindingCode code) {
        return coded("resolvedBy." + code.name(), "");
    }

    /** A job's name as readers know it. */
    String jobName(String job) {
        return coded("job." + job, job);
    }

    /** A job parameter's name as readers know it. */
    String parameter(String name) {
        return coded("parameter." + name, name);
    }

    String explanation(FindingCode code) {
        return text("explanation." + code.name());
    }

    String severity(Severity severity) {
        return text("severity." + severity.name());
    }

    /** A scan status as a reader understands it; an unknown status is shown as it is. */
    String status(String status) {
        return bundle.containsKey("status." + status) ? text("status." + status) : status;
    }

    /** The header of an evidence key; a key the bundle does not know yet is shown as it is rather than hidden. */
    String detail(String key) {
        return bundle.containsKey("detail." + key) ? text("detail." + key) : key;
    }

    /**
     * A coded value of a finding's evidence component in the report language (a category, a confidence, a kind of
     * mail or of mailbox, how a duplicate was matched, a yes/no, a fixed reason); anything else, and a code the bundle
     * does not know, is returned as recorded.
     */
    String detailValue(String component, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (component) {
            case "category" -> category(value);
            case "reason" -> reason(value);
            default -> coded("value." + component + "." + value, value);
        };
    }

    /** A kind of mail as readers know it. */
    String kind(MessageKind kind) {
        return detailValue("kinds", kind.name());
    }

    /**
     * A reason written in English by the job (skipped mailbox, invalid group member) in the report language; a reason
     * the bundle does not know (a mail server's error, a directory reader's message) is quoted as it was given.
     */
    String reason(String english) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        String slug = english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return coded("reason." + slug, quoted(english));
    }

    /** A message the product does not write itself, shown as a quotation: «LOGIN failed». */
    static String quoted(String message) {
        return message == null || message.isEmpty() ? message : "«" + message + "»";
    }

    /** An ISO-8601 period in words ("90 ngày", "90 days"); any other text is returned as it is. */
    String duration(String iso) {
        if (iso == null || !ISO_PERIOD.matcher(iso).matches() || iso.equals("P")) {
            return iso;
        }
        try {
            return duration(Period.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A period in words: "1 năm 2 tháng", "90 days". */
    String duration(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(format("duration.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(format("duration.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(format("duration.days", period.getDays()));
        }
        return String.join(" ", parts);
    }

    /** A date inside a sentence, in the report's date format. */
    String readable(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(text("format.textDate")));
    }

    /** What a setting of the Method sheet means; empty for a setting the bundle does not describe. */
    String setting(String key) {
        return coded("setting." + key, "");
    }

    /** A setting's value as a reader understands it: none, yes or no, a duration in words, or as it is. */
    String settingValue(String value) {
        if (value == null || value.isBlank()) {
            return text("label.none");
        }
        if (value.equals("true") || value.equals("false")) {
            return yesNo(Boolean.parseBoolean(value));
        }
        return duration(value);
    }

    /** The kind of an exported workbook ({@code audit}, {@code monthly}, {@code unit}) as a reader says it. */
    String exportKind(String kind) {
        return coded("value.exportKind." + kind, kind);
    }

    String authenticity(Authenticity authenticity) {
        return text("authenticity." + authenticity.name());
    }

    String category(Category category) {
        return category.label(locale);
    }

    String yesNo(boolean yes) {
        return text(yes ? "label.yes" : "label.no");
    }

    private String category(String name) {
        try {
            return category(Category.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** "n nhắc nhở đã gửi": the reminders mailed in the period ({@code notify}). */
    String remindersSent(int count) {
        return format("value.remindersSent", count);
    }

    private String coded(String key, String otherwise) {
        return bundle.containsKey(key) ? text(key) : otherwise;
    }
}
