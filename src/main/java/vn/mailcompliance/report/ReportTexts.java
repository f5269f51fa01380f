package vn.mailcompliance.report;

import java.util.Locale;
import java.util.ResourceBundle;

import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.Severity;

/** The texts of the workbooks in the report language, from {@code report/messages_<locale>.properties} (UTF-8). */
final class ReportTexts {

    private final ResourceBundle bundle;

    ReportTexts(Locale locale) {
        bundle = ResourceBundle.getBundle("report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key) {
        return bundle.getString(key);
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
}
