package vn.mailcompliance.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the HR roster: an .xlsx (first sheet) or a UTF-8 .csv (with or without BOM, comma or semicolon separated),
 * header row first, columns in any order, English or Vietnamese headers. {@code mailbox} and {@code unit_code} are
 * required; a bad row is rejected with its row number (the header is row 1).
 */
final class RosterReader {

    private static final Map<String, String> HEADERS = headers();
    private static final Set<String> REQUIRED = Set.of("mailbox", "unit_code");

    private RosterReader() {
    }

    static Roster read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DirectoryUnavailableException("The HR roster " + file.toAbsolutePath()
                    + " (compliance.directory.roster) does not exist. Fix the path or leave the key empty.");
        }
        List<List<String>> lines;
        try {
            lines = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(file) : xlsx(file);
        } catch (IOException | RuntimeException e) {
            throw new DirectoryUnavailableException("Cannot read the HR roster " + file.toAbsolutePath()
                    + " (compliance.directory.roster): " + e.getMessage()
                    + ". It must be an .xlsx workbook or a UTF-8 .csv file.", e);
        }
        return rows(file.getFileName().toString(), lines);
    }

    private static Roster rows(String source, List<List<String>> lines) {
        if (lines.isEmpty()) {
            throw new DirectoryUnavailableException("The HR roster " + source + " is empty: its first row must be"
                    + " the header (unit_code, unit_name, full_name, employee_id, mailbox, mailbox_kind, left_on).");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            String column = HEADERS.get(key(header.get(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new DirectoryUnavailableException("The HR roster " + source + " has no column " + required
                        + " in its header row. Add it (English or Vietnamese header, e.g. 'Hộp thư', 'Mã đơn vị').");
            }
        }
        List<RosterRow> rows = new ArrayList<>();
        List<DirectoryRead.Rejection> rejections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> line = lines.get(n);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = n + 1;
            String rawMailbox = cell(line, columns, "mailbox");
            String mailbox = DirectoryReadBuilder.normalise(rawMailbox);
            String unitCode = cell(line, columns, "unit_code");
            MailboxKind kind = kind(cell(line, columns, "mailbox_kind"));
            String problem = null;
            LocalDate leftOn = null;
            if (mailbox == null) {
                problem = "not a valid mail address in mailbox";
            } else if (seen.contains(mailbox)) {
                problem = "duplicate mailbox: already listed on an earlier row";
            } else if (unitCode.isBlank()) {
                problem = "unknown unit: unit_code is empty";
            } else if (kind == null) {
                problem = "unknown mailbox_kind '" + cell(line, columns, "mailbox_kind")
                        + "': use personal, unit or group";
            } else {
                try {
                    leftOn = LocalTimes.date("left_on", cell(line, columns, "left_on"));
                } catch (LocalTimes.UnparseableDate e) {
                    problem = e.getMessage() + " (use YYYY-MM-DD or DD/MM/YYYY)";
                }
            }
            if (problem != null) {
                rejections.add(new DirectoryRead.Rejection(source, rowNumber, rawMailbox, problem));
            } else {
                seen.add(mailbox);
                rows.add(new RosterRow(rowNumber, unitCode, blankToNull(cell(line, columns, "unit_name")),
                        blankToNull(cell(line, columns, "full_name")), blankToNull(cell(line, columns, "employee_id")),
                        mailbox, kind, leftOn));
            }
        }
        return new Roster(source, rows, rejections);
    }

    private static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        return Csv.parse(text, separator);
    }

    private static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> line = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        line.add(text(row.getCell(c), formatter));
                    }
                }
                while (lines.size() < r) {
                    lines.add(List.of());
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static String cell(List<String> line, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= line.size() || line.get(index) == null ? "" : line.get(index).strip();
    }

    private static MailboxKind kind(String value) {
        return switch (key(value)) {
            case "", "personal", "canhan" -> MailboxKind.PERSONAL;
            case "unit", "donvi" -> MailboxKind.UNIT;
            case "group", "nhom" -> MailboxKind.GROUP;
            default -> null;
        };
    }

    /** A header or keyword without case, accents, spaces or punctuation: "Mã đơn vị" → "madonvi". */
    private static String key(String text) {
        String stripped = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String[] names : new String[][] {
                {"unit_code", "Mã đơn vị"}, {"unit_name", "Tên đơn vị", "Đơn vị"}, {"full_name", "Họ và tên", "Họ tên"},
                {"employee_id", "Mã nhân viên", "Mã cán bộ"}, {"mailbox", "Hộp thư", "Email", "Địa chỉ email"},
                {"mailbox_kind", "Loại hộp thư"}, {"left_on", "Ngày nghỉ việc", "Ngày thôi việc"}}) {
            for (String name : names) {
                headers.put(key(name), names[0]);
            }
        }
        return headers;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** RFC 4180 fields: quoted fields may hold separators, doubled quotes and line breaks. */
    private static final class Csv {

        static List<List<String>> parse(String text, char separator) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == separator) {
                    line.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    line.add(field.toString());
                    field.setLength(0);
                    lines.add(line);
                    line = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !line.isEmpty()) {
                line.add(field.toString());
                lines.add(line);
            }
            return lines;
        }
    }
}
