package vn.mailcompliance.report;

import java.nio.file.Path;
import java.util.Map;

/**
 * The files one monthly run wrote.
 *
 * @param organisation the organisation's workbook
 * @param units        each unit's own workbook, by unit code, in the Summary's order
 */
public record MonthlyWorkbooks(Path organisation, Map<String, Path> units) {
}
