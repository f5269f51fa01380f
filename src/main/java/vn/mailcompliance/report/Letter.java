package vn.mailcompliance.report;

import java.nio.file.Path;

/**
 * A delivery mail in the report's language.
 *
 * @param to         the recipient; {@code null} for leadership (the delivery settings name them)
 * @param unitCode   the unit whose workbook is attached; {@code null} for the organisation's workbook
 * @param attachment the workbook
 */
public record Letter(String to, String unitCode, String subject, String body, Path attachment) {
}
