package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.personaluse.Category;

class MonthlyWorkbookWriterTest {

    private static final List<String> LIST_SHEETS_VI = List.of("Mật khẩu", "Hộp thư đơn vị", "Sử dụng cá nhân",
            "Danh mục hộp thư", "Phạm vi quét");

    private static final Locale VI = new Locale("vi");

    @TempDir
    Path dir;

    @Test
    void workbookIsWrittenWhereTheContractSaysWithVietnameseSheetsInOrder() throws IOException {
        Path written = write(VI, true);

        assertThat(written).isEqualTo(dir.resolve("2026-10").resolve("mailbox-compliance-2026-10.xlsx"));
        assertThat(dir.resolve("2026-10")).isDirectoryContaining(p -> p.equals(written));
        try (Stream<Path> files = Files.list(dir.resolve("2026-10"))) {
            assertThat(files).containsExactly(written);
        }
        try (XSSFWorkbook workbook = open(written)) {
            assertThat(sheetNames(workbook)).containsExactly("Tổng hợp", "Mật khẩu", "Hộp thư đơn vị",
                    "Sử dụng cá nhân", "Danh mục hộp thư", "Phạm vi quét", "Phương pháp");
        }
    }

    @Test
    void englishLocaleNamesTheSheetsInEnglish() throws IOException {
        try (XSSFWorkbook workbook = open(write(Locale.ENGLISH, true))) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Passwords", "Unit mailboxes",
                    "Personal use", "Inventory", "Coverage", "Method");
            assertThat(header(workbook.getSheet("Passwords"))).startsWith("Unit code", "Unit name", "Mailbox",
                    "Display name", "Finding code", "Severity", "First seen", "Last seen");
        }
    }

    @Test
    void everyListSheetStartsWithUnitMailboxAndOwnerThenTheCodeOnAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            for (String name : LIST_SHEETS_VI) {
                XSSFSheet sheet = workbook.getSheet(name);
                List<String> header = header(sheet);
                assertThat(header).as(name).startsWith("Mã đơn vị", "Tên đơn vị", "Hộp thư", "Tên hiển thị");
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                assertThat(sheet.getColumnWidth(2)).as(name).isGreaterThan(20 * 256);
            }
            for (String name : List.of("Mật khẩu", "Hộp thư đơn vị", "Sử dụng cá nhân", "Danh mục hộp thư")) {
                assertThat(header(workbook.getSheet(name)).subList(4, 8)).as(name)
                        .containsExactly("Mã phát hiện", "Mức độ", "Phát hiện lần đầu", "Phát hiện lần cuối");
                assertThat(header(workbook.getSheet(name))).as(name).endsWith("Miễn trừ");
            }
            assertThat(header(workbook.getSheet("Phạm vi quét")).get(4)).isEqualTo("Trạng thái quét");
        }
    }

    @Test
    void summaryCountsFindingsPerUnitAndScoresShareOfMailboxesWithoutBreach() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(text(summary.getRow(1).getCell(1))).isEqualTo("Bộ Khoa học và Công nghệ");
            assertThat(text(summary.getRow(2).getCell(1))).isEqualTo("2026-10");
            assertThat(DateUtil.isCellDateFormatted(summary.getRow(3).getCell(1))).isTrue();
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(42);
            Row header = rowWithText(summary, 0, "Mã đơn vị");
            List<String> columns = cells(header);
            int codes = 3;
            assertThat(columns.subList(0, 3)).containsExactly("Mã đơn vị", "Tên đơn vị", "Số hộp thư");
            for (FindingCode code : FindingCode.values()) {
                assertThat(columns.get(codes + code.ordinal())).contains(code.name());
            }
            int score = columns.indexOf("Điểm tuân thủ");

            Row vp = rowWithText(summary, 0, "VP");
            assertThat(text(vp.getCell(1))).isEqualTo("Văn phòng Bộ");
            assertThat(vp.getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(vp.getCell(codes + FindingCode.PASSWORD_NEVER_CHANGED.ordinal()).getNumericCellValue())
                    .isEqualTo(1);
            assertThat(vp.getCell(codes + FindingCode.PERSONAL_USE.ordinal()).getNumericCellValue()).isEqualTo(1);
            assertThat(vp.getCell(codes + FindingCode.ORPHAN_MAILBOX.ordinal()).getNumericCellValue()).isZero();
            assertThat(vp.getCell(score).getNumericCellValue()).as("binh.tran's breach is waived").isEqualTo(40.0);
            assertThat(vp.getCell(columns.indexOf("Điểm tháng trước")).getNumericCellValue()).isEqualTo(40.0);
            assertThat(vp.getCell(columns.indexOf("Thay đổi điểm")).getNumericCellValue()).isZero();
            assertThat(vp.getCell(columns.indexOf("Số vi phạm")).getNumericCellValue()).isEqualTo(4);
            assertThat(vp.getCell(columns.indexOf("Thay đổi số vi phạm")).getNumericCellValue()).isZero();

            Row khtc = rowWithText(summary, 0, "KHTC");
            assertThat(khtc.getCell(codes + FindingCode.UNIT_MAILBOX_MISSING.ordinal()).getNumericCellValue())
                    .isEqualTo(1);
            assertThat(khtc.getCell(codes + FindingCode.SCAN_FAILED.ordinal()).getNumericCellValue()).isEqualTo(1);
            assertThat(khtc.getCell(score).getNumericCellValue()).as("1 clean of 3 mailboxes + the missing one")
                    .isEqualTo(25.0);

            Row total = rowWithText(summary, 1, "Tổng cộng");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(total.getCell(codes + FindingCode.SCAN_FAILED.ordinal()).getNumericCellValue()).isEqualTo(1);
            assertThat(total.getCell(score).getNumericCellValue()).isCloseTo(300.0 / 13, within(1e-9));
        }
    }

    @Test
    void summaryCountsPersonalUsePerUnitAndCategoryOfService() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            int title = rowWithText(summary, 0, "Sử dụng hộp thư công vụ cho việc cá nhân theo nhóm dịch vụ (số dịch "
                    + "vụ đã đăng ký, không tính phát hiện được miễn trừ)").getRowNum();
            List<String> columns = cells(summary.getRow(title + 1));
            int social = columns.indexOf(Category.SOCIAL_MESSAGING.label(VI));
            int banking = columns.indexOf(Category.BANKING.label(VI));
            Row vp = rows(summary).stream().filter(r -> r.getRowNum() > title && "VP".equals(text(r.getCell(0))))
                    .findFirst().orElseThrow();
            assertThat(vp.getCell(social).getNumericCellValue()).isEqualTo(1);
            assertThat(vp.getCell(banking).getNumericCellValue()).isZero();
            assertThat(vp.getCell(columns.size() - 1).getNumericCellValue()).as("total of VP").isEqualTo(1);
        }
    }

    @Test
    void withoutAnEvaluatedPreviousMonthTheChangeColumnsStayEmpty() throws IOException {
        MonthlyReport firstMonth = withFindings(ReportFixtures.report(), ReportFixtures.report().findings(), null);
        try (XSSFWorkbook workbook = open(write(firstMonth))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            List<String> columns = cells(rowWithText(summary, 0, "Mã đơn vị"));
            Row vp = rowWithText(summary, 0, "VP");
            for (String column : List.of("Điểm tháng trước", "Thay đổi điểm", "Số vi phạm tháng trước",
                    "Thay đổi số vi phạm")) {
                Cell cell = vp.getCell(columns.indexOf(column));
                assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(column + " is empty").isTrue();
            }
            assertThat(vp.getCell(columns.indexOf("Điểm tuân thủ")).getNumericCellValue()).isEqualTo(40.0);
        }
    }

    @Test
    void waivedFindingsAreListedButNeitherCountedNorScored() throws IOException {
        MonthlyReport report = ReportFixtures.report();
        List<Finding> waived = report.findings().stream()
                .map(f -> f.code() == FindingCode.PASSWORD_NEVER_CHANGED && "VP".equals(f.unitCode()) ? waive(f) : f)
                .toList();
        try (XSSFWorkbook workbook = open(write(withFindings(report, waived, report.previousFindings())))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            List<String> columns = cells(rowWithText(summary, 0, "Mã đơn vị"));
            Row vp = rowWithText(summary, 0, "VP");
            assertThat(vp.getCell(3 + FindingCode.PASSWORD_NEVER_CHANGED.ordinal()).getNumericCellValue()).isZero();
            assertThat(vp.getCell(columns.indexOf("Số vi phạm")).getNumericCellValue()).isEqualTo(3);
            assertThat(rowWithText(workbook.getSheet("Mật khẩu"), 4, "PASSWORD_NEVER_CHANGED"))
                    .as("the waived finding is still listed").isNotNull();
        }
    }

    private static Finding waive(Finding finding) {
        Map<String, String> details = new LinkedHashMap<>(finding.details());
        details.put(FindingRepository.WAIVER, "W-1");
        details.put(FindingRepository.WAIVER_REASON, "Approved by the minister's office");
        return new Finding(finding.address(), finding.unitCode(), finding.code(), finding.subject(), details,
                finding.firstSeen(), finding.lastSeen());
    }

    private static MonthlyReport withFindings(MonthlyReport r, List<Finding> findings, List<Finding> previous) {
        return new MonthlyReport(r.organization(), r.period(), r.evaluatedAt(), r.run(), r.units(), r.accounts(),
                findings, previous, r.coverage(), r.rejections(), r.unitMailboxes(), r.passwordExempt(), r.method());
    }

    private Path write(MonthlyReport report) throws IOException {
        return new MonthlyWorkbookWriter(ReportProperties.of(dir, VI, true)).write(report);
    }

    @Test
    void summaryHasABarChartOfTheScorePerUnit() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            var drawing = workbook.getSheet("Tổng hợp").getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            assertThat(drawing.getCharts()).hasSize(1);
            var chart = drawing.getCharts().get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Điểm tuân thủ theo đơn vị");
            assertThat(chart.getChartSeries()).hasSize(1);
            assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(3);
        }
    }

    @Test
    void findingRowsCarryTheCodeThenTypedEvidence() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            Sheet passwords = workbook.getSheet("Mật khẩu");
            List<String> header = header(passwords);
            Row expired = rowWithText(passwords, 2, "binh.tran@most.gov.vn");
            assertThat(cells(expired).subList(0, 6)).containsExactly("VP", "Văn phòng Bộ", "binh.tran@most.gov.vn",
                    "Trần Thị Bình", "PASSWORD_EXPIRED", "Trung bình");
            assertThat(DateUtil.isCellDateFormatted(expired.getCell(6))).isTrue();
            assertThat(expired.getCell(6).getLocalDateTimeCellValue()).isEqualTo(ReportFixtures.FIRST);
            Cell changed = expired.getCell(header.indexOf("Đổi mật khẩu lần cuối"));
            assertThat(DateUtil.isCellDateFormatted(changed)).isTrue();
            Cell age = expired.getCell(header.indexOf("Tuổi mật khẩu (ngày)"));
            assertThat(age.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(age.getNumericCellValue()).isEqualTo(183);
            assertThat(text(expired.getCell(header.indexOf("Miễn trừ")))).isEqualTo("Nghỉ thai sản - đã duyệt");
            assertThat(text(expired.getCell(header.indexOf("Nội dung vi phạm")))).isEqualTo("Mật khẩu quá hạn");
            assertThat(text(expired.getCell(header.indexOf("Thời hạn tối đa")))).isEqualTo("90 ngày");
            assertThat(rows(passwords)).hasSize(1 + 3 + 1);
            Row exempt = rowWithText(passwords, 2, "hoa.do@most.gov.vn");
            assertThat(cells(exempt).subList(0, 5)).containsExactly("KHTC", "Vụ Kế hoạch - Tài chính",
                    "hoa.do@most.gov.vn", "Đỗ Hoa", "");
            assertThat(text(exempt.getCell(header.indexOf("Miễn trừ")))).isEqualTo("Miễn kiểm tra (tài khoản dịch vụ)");
            assertThat(text(exempt.getCell(header.indexOf("Nội dung vi phạm")))).isEmpty();

            Sheet inventory = workbook.getSheet("Danh mục hộp thư");
            List<String> codes = IntStream.rangeClosed(1, inventory.getLastRowNum())
                    .mapToObj(r -> text(inventory.getRow(r).getCell(4))).toList();
            assertThat(codes).as("by code").containsExactly("UNIT_MAILBOX_MISSING", "UNIT_MAILBOX_DUPLICATE",
                    "PERSONAL_MAILBOX_DUPLICATE", "NON_OFFICIAL_DOMAIN", "ORPHAN_MAILBOX", "EXTERNAL_FORWARDING",
                    "GROUP_EXTERNAL_MEMBER");
            assertThat(header(inventory)).containsExactly("Mã đơn vị", "Tên đơn vị", "Hộp thư", "Tên hiển thị",
                    "Mã phát hiện", "Mức độ", "Phát hiện lần đầu", "Phát hiện lần cuối", "Chi tiết",
                    "Nội dung vi phạm", "Miễn trừ");
            int details = header(inventory).indexOf("Chi tiết");
            assertThat(text(rowWithText(inventory, 2, "dung.pham2@most.gov.vn").getCell(details)))
                    .isEqualTo("Căn cứ xác định trùng: Trùng mã cán bộ; Mã cán bộ: 00123; Họ và tên: Phạm Thị Dung; "
                            + "Các hộp thư khác của người này: dung.pham@most.gov.vn");
            assertThat(text(rowWithText(inventory, 2, "hoa.do@most.gov.vn").getCell(details)))
                    .contains("Hộp thư miễn phí: Có");
            assertThat(text(rowWithText(inventory, 2, "nhom.khtc@most.gov.vn").getCell(details)))
                    .isEqualTo("Thành viên: x@yahoo.com; Lý do: Địa chỉ ngoài tên miền chính thức");
            assertThat(text(rowWithText(inventory, 2, "dung.pham@most.gov.vn").getCell(details)))
                    .startsWith("Ngày nghỉ việc: 30/06/2026; Số ngày từ khi nghỉ việc: 123");
            Row missing = rowWithText(inventory, 4, "UNIT_MAILBOX_MISSING");
            assertThat(text(missing.getCell(0))).isEqualTo("KHTC");
            assertThat(text(missing.getCell(1))).isEqualTo("Vụ Kế hoạch - Tài chính");
            assertThat(text(missing.getCell(2))).isEmpty();
        }
    }

    @Test
    void personalUseShowsEvidenceAndSampleSubjectsOnlyWhenAllowed() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            Sheet personal = workbook.getSheet("Sử dụng cá nhân");
            List<String> header = header(personal);
            assertThat(header).contains("Dịch vụ", "Nhóm dịch vụ", "Độ tin cậy", "Loại thư", "Số thư",
                    "Tiêu đề thư mẫu");
            Row facebook = rowWithText(personal, 2, "an.nguyen@most.gov.vn");
            assertThat(text(facebook.getCell(4))).isEqualTo("PERSONAL_USE");
            assertThat(facebook.getCell(header.indexOf("Số thư")).getNumericCellValue()).isEqualTo(12);
            assertThat(DateUtil.isCellDateFormatted(facebook.getCell(header.indexOf("Thư gần nhất")))).isTrue();
            assertThat(text(facebook.getCell(header.indexOf("Tiêu đề thư mẫu")))).contains("Chào mừng");
            assertThat(text(facebook.getCell(header.indexOf("Nhóm dịch vụ")))).isEqualTo("Mạng xã hội, nhắn tin");
            assertThat(text(facebook.getCell(header.indexOf("Độ tin cậy")))).isEqualTo("Đã xác thực");
            assertThat(text(facebook.getCell(header.indexOf("Loại thư"))))
                    .isEqualTo("Đăng ký tài khoản, Hoạt động tài khoản");
        }
        try (XSSFWorkbook workbook = open(write(Locale.ENGLISH, true))) {
            Sheet personal = workbook.getSheet("Personal use");
            List<String> header = header(personal);
            Row facebook = rowWithText(personal, 2, "an.nguyen@most.gov.vn");
            assertThat(text(facebook.getCell(header.indexOf("Service category")))).isEqualTo("Social network and messaging");
            assertThat(text(facebook.getCell(header.indexOf("Confidence")))).isEqualTo("Confirmed");
            assertThat(text(facebook.getCell(header.indexOf("Kinds of mail")))).isEqualTo("Registration, Account activity");
            Row expired = rowWithText(workbook.getSheet("Passwords"), 2, "binh.tran@most.gov.vn");
            assertThat(text(expired.getCell(header(workbook.getSheet("Passwords")).indexOf("Maximum age"))))
                    .isEqualTo("90 days");
            assertThat(text(rowWithText(workbook.getSheet("Coverage"), 2, "cuong.le@most.gov.vn").getCell(5)))
                    .isEqualTo("Mailbox disabled");
        }
        try (XSSFWorkbook workbook = open(write(VI, false))) {
            Sheet personal = workbook.getSheet("Sử dụng cá nhân");
            assertThat(header(personal)).doesNotContain("Tiêu đề thư mẫu").contains("Dịch vụ");
            assertThat(allText(workbook)).noneMatch(t -> t.contains("Chào mừng") || t.contains("Mã xác nhận"));
        }
    }

    @Test
    void unitMailboxSheetListsCompliantUnitMailboxesTooBesideTheirBacklog() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            Sheet sheet = workbook.getSheet("Hộp thư đơn vị");
            List<String> header = header(sheet);
            assertThat(rows(sheet)).hasSize(1 + 2);
            Row vanphong = rowWithText(sheet, 2, "vanphong@most.gov.vn");
            assertThat(text(vanphong.getCell(4))).isEqualTo("UNIT_BACKLOG");
            assertThat(vanphong.getCell(header.indexOf("Số ngày tồn đọng quá hạn")).getNumericCellValue())
                    .isEqualTo(6);
            assertThat(header).as("backlog evidence is not repeated").doesNotHaveDuplicates();
            Row tccb = rowWithText(sheet, 2, "tccb@most.gov.vn");
            assertThat(text(tccb.getCell(0))).isEqualTo("TCCB");
            assertThat(text(tccb.getCell(3))).isEqualTo("Vụ Tổ chức cán bộ");
            assertThat(text(tccb.getCell(4))).isEmpty();
            assertThat(tccb.getCell(header.indexOf("Thư chưa đọc cuối kỳ")).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void coverageListsEveryMailboxWithItsReasonThenTheRejectedDirectoryRows() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            Sheet coverage = workbook.getSheet("Phạm vi quét");
            Row failed = rowWithText(coverage, 2, "khoa.bui@most.gov.vn");
            assertThat(cells(failed).subList(0, 6)).containsExactly("KHTC", "Vụ Kế hoạch - Tài chính",
                    "khoa.bui@most.gov.vn", "Bùi Khoa", "Không quét được", "LOGIN failed: mailbox locked");
            Row skipped = rowWithText(coverage, 2, "cuong.le@most.gov.vn");
            assertThat(text(skipped.getCell(4))).isEqualTo("Bỏ qua");
            assertThat(text(skipped.getCell(5))).isEqualTo("Hộp thư đã bị khóa");
            Row scanned = rowWithText(coverage, 2, "an.nguyen@most.gov.vn");
            assertThat(scanned.getCell(7).getNumericCellValue()).isEqualTo(1200);

            Row section = rowWithText(coverage, 0, "Dòng dữ liệu danh bạ bị loại (không được đưa vào đánh giá)");
            assertThat(cells(coverage.getRow(section.getRowNum() + 1))).containsExactly("Nguồn", "Dòng", "Khóa",
                    "Lý do");
            Row rejected = coverage.getRow(section.getRowNum() + 2);
            assertThat(text(rejected.getCell(0))).isEqualTo("mailbox");
            assertThat(rejected.getCell(1).getNumericCellValue()).isEqualTo(17);
            assertThat(text(rejected.getCell(3))).contains("fix mailbox.username");
        }
    }

    @Test
    void methodListsTheSettingsEveryCodeWithItsArticleTheScoreFormulaAndTheRun() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI, true))) {
            Sheet method = workbook.getSheet("Phương pháp");
            assertThat(cells(rowWithText(method, 0, "Thiết lập"))).startsWith("Thiết lập", "Ý nghĩa", "Giá trị");
            assertThat(cells(rowWithText(method, 0, "compliance.password.max-age"))).containsExactly(
                    "compliance.password.max-age", "Thời hạn tối đa của mật khẩu (Điều 15.2)", "90 ngày");
            for (FindingCode code : FindingCode.values()) {
                Row row = rowWithText(method, 0, code.name());
                assertThat(text(row.getCell(2))).as(code.name()).isEqualTo(code.article());
                assertThat(text(row.getCell(4))).as(code.name()).isNotBlank();
            }
            assertThat(allText(workbook)).anyMatch(t -> t.startsWith("Điểm = 100 ×"));
            assertThat(rowWithText(method, 0, "Mã lần chạy (job execution id)").getCell(1).getNumericCellValue())
                    .isEqualTo(42);
            assertThat(text(rowWithText(method, 0, "Tham số period").getCell(1))).isEqualTo("2026-10");
            assertThat(DateUtil.isCellDateFormatted(rowWithText(method, 0, "Bắt đầu lúc").getCell(1))).isTrue();
        }
    }

    private Path write(Locale locale, boolean showSubjects) throws IOException {
        return new MonthlyWorkbookWriter(ReportProperties.of(dir, locale, showSubjects))
                .write(ReportFixtures.report());
    }

    static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    static List<String> header(Sheet sheet) {
        return cells(sheet.getRow(0));
    }

    static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(rows::add);
        return rows;
    }

    static Row rowWithText(Sheet sheet, int column, String value) {
        return rows(sheet).stream().filter(r -> value.equals(text(r.getCell(column)))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with '" + value + "' in column " + column + " of "
                        + sheet.getSheetName()));
    }

    static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static List<String> allText(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(text(cell)))));
        return texts;
    }
}
