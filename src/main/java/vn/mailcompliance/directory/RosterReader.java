package vn.mailcompliance.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.mailcompliance.shared.AsciiKeys;

/**
 * Reads the HR roster: an .xlsx (first sheet) or a UTF-8 .csv (with or without BOM, comma or semicolon separated),
 * header row first, columns in any order, English or Vietnamese headers. The {@code mailbox} and {@code unit_code}
 * columns are required; a staff row may leave {@code mailbox} empty (a person not yet issued one). A bad row is
 * rejected with its row number (the header is row 1) and the other rows are read. In a .csv file every record is one
 * line: a quoted field cannot span lines, so a broken quote costs only its own row.
 */
final class RosterReader {

    private static final Map<String, String> HEADERS = headers();
    private static final Set<String> REQUIRED = Set.of("mailbox", "unit_code");

    private RosterReader() {
    }

    /** One row of the file as cells, or the reason it could not be split into cells. */
    private record Line(int number, List<String> cells, String problem) {

        static Line of(int number, List<String> cells) {
            return new Line(number, cells, null);
        }

        boolean blank() {
            return problem == null && cells.stream().allMatch(String::isBlank);
        }
    }

    static Roster read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DirectoryUnavailableException("The HR roster " + file.toAbsolutePath()
                    + " (compliance.directory.roster) does not exist. Fix the path or leave the key empty.");
        }
        List<Line> lines;
        try {
            lines = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(file) : xlsx(file);
        } catch (IOException | RuntimeException e) {
            throw new DirectoryUnavailableException("Cannot read the HR roster " + file.toAbsolutePath()
                    + " (compliance.directory.roster): " + e.getMessage()
                    + ". It must be an .xlsx workbook or a UTF-8 .csv file.", e);
        }
        return rows(file.getFileName().toString(), lines);
    }

    private static Roster rows(String source, List<Line> lines) {
        if (lines.isEmpty() || lines.get(0).blank()) {
            throw new DirectoryUnavailableException("The HR roster " + source + " is empty: its first row must be"
                    + " the header (unit_code, unit_name, full_name, employee_id, mailbox, mailbox_kind, left_on).");
        }
        Line header = lines.get(0);
        if (header.problem() != null) {
            throw new DirectoryUnavailableException("The HR roster " + source + " has an unreadable header row: "
                    + header.problem() + ". Fix the first line of the file.");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String column = HEADERS.get(AsciiKeys.of(header.cells().get(i)));
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
        for (Line line : lines.subList(1, lines.size())) {
            if (line.blank()) {
                continue;
            }
            if (line.problem() != null) {
                rejections.add(new DirectoryRead.Rejection(source, line.number(), null, line.problem()));
                continue;
            }
            RowCells cells = new RowCells(line.cells(), columns);
            String rawMailbox = cells.get("mailbox");
            try {
                RosterRow row = row(line.number(), cells, seen);
                if (row.hasMailbox()) {
                    seen.add(row.mailbox());
                }
                rows.add(row);
            } catch (RejectedRow e) {
                rejections.add(new DirectoryRead.Rejection(source, line.number(), rawMailbox, e.getMessage()));
            }
        }
        return new Roster(source, rows, rejections);
    }

    private static RosterRow row(int number, RowCells cells, Set<String> seen) throws RejectedRow {
        String rawMailbox = cells.get("mailbox");
        String mailbox = DirectoryReadBuilder.normalise(rawMailbox);
        String unitCode = cells.get("unit_code");
        String rawKind = cells.get("mailbox_kind");
        MailboxKind kind = kind(rawKind);
        String fullName = blankToNull(cells.get("full_name"));
        String employeeId = blankToNull(cells.get("employee_id"));
        if (rawMailbox.isBlank()) {
            if (kind == MailboxKind.UNIT || kind == MailboxKind.GROUP) {
                throw new RejectedRow("a " + rawKind + " row needs its mailbox: fill in mailbox");
            }
            if (fullName == null && employeeId == null) {
                throw new RejectedRow("a staff row without a mailbox needs full_name or employee_id");
            }
        } else if (mailbox == null) {
            throw new RejectedRow("not a valid mail address in mailbox");
        } else if (seen.contains(mailbox)) {
            throw new RejectedRow("duplicate mailbox: already listed on an earlier row");
        }
        if (unitCode.isBlank()) {
            throw new RejectedRow("unknown unit: unit_code is empty");
        }
        Optional<String> tooLong = ColumnLimits.tooLong("unit_code", unitCode, ColumnLimits.UNIT_CODE)
                .or(() -> ColumnLimits.tooLong("unit_name", cells.get("unit_name"), ColumnLimits.TEXT))
                .or(() -> ColumnLimits.tooLong("full_name", fullName, ColumnLimits.TEXT))
                .or(() -> ColumnLimits.tooLong("employee_id", employeeId, ColumnLimits.TEXT))
                .or(() -> ColumnLimits.tooLong("mailbox", rawMailbox, ColumnLimits.ADDRESS));
        if (tooLong.isPresent()) {
            throw new RejectedRow(tooLong.get());
        }
        if (kind == null && !rawKind.isBlank()) {
            throw new RejectedRow("unknown mailbox_kind '" + rawKind + "': use personal, unit or group");
        }
        String rawLeader = cells.get("leader_email");
        String leaderEmail = DirectoryReadBuilder.normalise(rawLeader);
        if (!rawLeader.isBlank() && leaderEmail == null) {
            throw new RejectedRow("not a valid mail address in leader_email: '" + rawLeader + "'");
        }
        LocalDate leftOn;
        try {
            leftOn = LocalTimes.date("left_on", cells.get("left_on"));
        } catch (LocalTimes.UnparseableDate e) {
            throw new RejectedRow(e.getMessage() + " (use a real day as YYYY-MM-DD or DD/MM/YYYY)");
        }
        return new RosterRow(number, unitCode, blankToNull(cells.get("unit_name")), fullName, employeeId,
                rawMailbox.isBlank() ? null : mailbox, kind, leftOn, leaderEmail, signsMail(cells.get("signs_mail")));
    }

    /** A row's problem, the reason of its rejection. */
    private static final class RejectedRow extends Exception {
        RejectedRow(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The cells of one row, looked up by the roster's column names. */
    private record RowCells(List<String> cells, Map<String, Integer> columns) {

        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
        }
    }

    private static List<Line> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> physical = text.lines().toList();
        String firstLine = physical.isEmpty() ? "" : physical.get(0);
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < physical.size(); i++) {
            lines.add(csvLine(i + 1, physical.get(i), format));
        }
        return lines;
    }

    private static Line csvLine(int number, String text, CSVFormat format) {
        if (text.isBlank()) {
            return Line.of(number, List.of());
        }
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = parser.getRecords();
            return Line.of(number, records.isEmpty() ? List.of() : records.get(0).toList());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Line(number, List.of(), "the line is not valid CSV (an unterminated or stray quote?): "
                    + "quote a field that holds the separator as \"…\" and double a quote inside it");
        }
    }

    private static List<Line> xlsx(Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
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
                    lines.add(Line.of(lines.size() + 1, List.of()));
                }
                lines.add(Line.of(r + 1, line));
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

    private static MailboxKind kind(String value) {
        return switch (AsciiKeys.of(value)) {
            case "personal", "canhan" -> MailboxKind.PERSONAL;
            case "unit", "donvi" -> MailboxKind.UNIT;
            case "group", "nhom" -> MailboxKind.GROUP;
            default -> null;
        };
    }

    private static boolean signsMail(String value) throws RejectedRow {
        return switch (AsciiKeys.of(value)) {
            case "", "no", "n", "false", "0", "khong" -> false;
            case "yes", "y", "true", "1", "x", "co" -> true;
            default -> throw new RejectedRow("unknown signs_mail '" + value + "': use yes or no (có / không)");
        };
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String[] names : new String[][] {
                {"unit_code", "Mã đơn vị"}, {"unit_name", "Tên đơn vị", "Đơn vị"}, {"full_name", "Họ và tên", "Họ tên"},
                {"employee_id", "Mã nhân viên", "Mã cán bộ"}, {"mailbox", "Hộp thư", "Email", "Địa chỉ email"},
                {"mailbox_kind", "Loại hộp thư"}, {"left_on", "Ngày nghỉ việc", "Ngày thôi việc"},
                {"leader_email", "Thư lãnh đạo đơn vị", "Email lãnh đạo đơn vị"},
                {"signs_mail", "Ký số thư", "Ký số"}}) {
            for (String name : names) {
                headers.put(AsciiKeys.of(name), names[0]);
            }
        }
        return headers;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
