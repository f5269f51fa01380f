package vn.mailcompliance.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.mailcompliance.finding.FindingCode;

/** The monthly workbook of an LDAP-kind run, re-read with POI: its sheets, the codes in column E, and its rows. */
record LdapMonthlyWorkbook(List<String> sheets, Set<FindingCode> codes, List<List<String>> rows) {

    /** The sheets of the monthly workbook on every directory kind, as on iRedMail, in order. */
    static final List<String> MONTHLY_SHEETS = List.of("Tổng hợp", "Mật khẩu", "Hộp thư đơn vị", "Sử dụng cá nhân",
            "Danh mục hộp thư", "Phạm vi quét", "Phương pháp");

    static LdapMonthlyWorkbook read(Path file) throws IOException {
        DataFormatter format = new DataFormatter();
        List<String> sheets = new ArrayList<>();
        Set<FindingCode> codes = new LinkedHashSet<>();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                sheets.add(sheet.getSheetName());
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    cells.add(sheet.getSheetName());
                    row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                    rows.add(cells);
                    String code = row.getCell(4) == null ? "" : format.formatCellValue(row.getCell(4));
                    for (FindingCode candidate : FindingCode.values()) {
                        if (candidate.name().equals(code)) {
                            codes.add(candidate);
                        }
                    }
                }
            }
        }
        return new LdapMonthlyWorkbook(sheets, codes, rows);
    }

    /** The rows of one sheet whose cells contain every given text, each row as sheet name then its cells. */
    List<List<String>> rowsWith(String sheet, String... texts) {
        return rows.stream().filter(r -> r.get(0).equals(sheet))
                .filter(r -> List.of(texts).stream().allMatch(t -> r.stream().skip(1).anyMatch(c -> c.contains(t))))
                .toList();
    }
}
