package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.personaluse.PersonalUseProperties;

class MonthlyWorkbookWriterTest {

    private static final Regulation REGULATION = new Regulation(RegulationProperties.mostDecision4105());

    private static final Locale VI = new Locale("vi");
    private static final List<String> SHEETS_VI = List.of("Tổng hợp", "Mật khẩu", "Hộp thư đơn vị",
            "Sử dụng cá nhân", "Danh mục hộp thư", "Phạm vi quét", "Phương pháp", "Xu hướng");
    private static final List<String> LIST_SHEETS_VI = SHEETS_VI.subList(1, 6);
    /** Words that would betray English in a Vietnamese workbook (codes, setting keys and addresses aside). */
    private static final Set<String> ENGLISH = Set.of("job", "execution", "id", "period", "score", "unit", "units",
            "mailbox", "mailboxes", "finding", "findings", "total", "yes", "no", "scanned", "failed", "skipped",
            "disabled", "reason", "details", "page", "target", "last", "month", "not", "evaluated", "the", "of",
            "and", "reminder", "waived", "rank", "trend", "summary", "coverage", "method", "parameter");
    private static final Pattern IDENTIFIERS = Pattern.compile(
            "«[^»]*»|[A-Z][A-Z_]{3,}|compliance\\.[a-z.-]+|[\\w.+-]+@[\\w.-]+|[a-z0-9-]+(\\.[a-z0-9-]+)+|P\\d+[DMY]");

    @TempDir
    Path dir;

    private final MemoryScoreHistory history = new MemoryScoreHistory()
            .published(ReportFixtures.PERIOD.minusMonths(2), 50.0, "VP", 60, "TCCB", 40, "KHTC", 50)
            .published(ReportFixtures.PERIOD.minusMonths(1), 52.5, "VP", 70, "TCCB", 45, "KHTC", 40);

    @Test
    void workbookIsWrittenWhereTheContractSaysWithVietnameseSheetsInOrderReadableByTheGroup() throws IOException {
        Path written = write(VI);

        assertThat(written).isEqualTo(dir.resolve("2026-10").resolve("mailbox-compliance-2026-10.xlsx"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-r-----");
        try (XSSFWorkbook workbook = open(written)) {
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(SHEETS_VI);
        }
    }

    @Test
    void englishLocaleNamesTheSheetsAndColumnsInEnglish() throws IOException {
        try (XSSFWorkbook workbook = open(write(Locale.ENGLISH))) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Passwords", "Unit mailboxes",
                    "Personal use", "Inventory", "Coverage", "Method", "Trend");
            assertThat(header(workbook.getSheet("Passwords"))).startsWith("Unit code", "Unit name", "Mailbox",
                    "Display name", "Finding code", "Finding", "Severity", "First seen", "Last seen");
            assertThat(text(workbook.getSheet("Summary").getRow(0).getCell(0))).endsWith("October 2026");
        }
    }

    @Test
    void headlinePanelGivesScoreLastMonthChangeBreachesCoverageAndWorstUnits() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(text(summary.getRow(0).getCell(0))).endsWith("Tháng 10/2026");
            assertThat(text(summary.getRow(1).getCell(1))).isEqualTo("Bộ Khoa học và Công nghệ");
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isCloseTo(55.0, within(1e-9));
            assertThat(text(summary.getRow(3).getCell(1))).isEqualTo("Tháng 9/2026: 52,5 điểm; thay đổi +2,5");
            assertThat(text(summary.getRow(4).getCell(1))).startsWith("8/12 hộp thư được đánh giá");
            assertThat(text(summary.getRow(5).getCell(1))).startsWith("Đã quét 2/3 hộp thư (1 lỗi)");
            assertThat(text(summary.getRow(6).getCell(1))).isEqualTo("Vụ Tổ chức cán bộ: 45,0 điểm; "
                    + "Vụ Kế hoạch - Tài chính: 46,7 điểm; Văn phòng Bộ: 68,0 điểm");
            assertThat(text(summary.getRow(7).getCell(1))).startsWith("1 nhắc nhở mật khẩu sắp hết hạn; "
                    + "1 sử dụng cá nhân đã ngừng hoặc chỉ cảnh báo; 1 việc của TT CNTT; 1 miễn trừ");
        }
    }

    @Test
    void unitsAreRankedWorstFirstScoredBySeverityWithoutRemindersInactivePersonalUseOrTheItCentersDuty()
            throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            List<String> columns = cells(summary.getRow(SummarySheet.HEADER_ROW));
            assertThat(columns).startsWith("Tên đơn vị", "Mã đơn vị", "Điểm tuân thủ", "Điểm tháng trước",
                    "Thay đổi điểm", "Hộp thư được đánh giá", "Hộp thư có vi phạm");
            assertThat(columns).noneMatch(c -> c.matches(".*[A-Z]{3,}_[A-Z]+.*"));
            List<String> order = IntStream.rangeClosed(SummarySheet.HEADER_ROW + 1, SummarySheet.HEADER_ROW + 3)
                    .mapToObj(r -> text(summary.getRow(r).getCell(1))).toList();
            assertThat(order).containsExactly("TCCB", "KHTC", "VP");

            Row vp = summary.getRow(SummarySheet.HEADER_ROW + 3);
            // an: never changed (high, 1) and personal use; vanphong: backlog (medium, 0.6); cuong: a reminder;
            // em: personal use last mailed in March; binh: waived. 5 mailboxes judged.
            assertThat(vp.getCell(2).getNumericCellValue()).isCloseTo(100 * (1 - 1.6 / 5), within(1e-9));
            assertThat(vp.getCell(3).getNumericCellValue()).isEqualTo(70.0);
            assertThat(vp.getCell(4).getNumericCellValue()).isCloseTo(-2.0, within(1e-9));
            assertThat(vp.getCell(5).getNumericCellValue()).isEqualTo(5);
            assertThat(vp.getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(columns.get(columns.size() - 1)).isEqualTo("Tỷ lệ thư gửi có ký số (%)");
            assertThat(vp.getCell(columns.size() - 2).getNumericCellValue()).as("a reminder, a service no longer "
                    + "mailing, a waiver").isEqualTo(3);
            Row khtc = summary.getRow(SummarySheet.HEADER_ROW + 2);
            assertThat(khtc.getCell(2).getNumericCellValue()).as("the missing unit mailbox is not the unit's")
                    .isCloseTo(100 * (1 - 1.6 / 3), within(1e-9));
            Row total = summary.getRow(SummarySheet.HEADER_ROW + 4);
            assertThat(text(total.getCell(0))).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getNumericCellValue()).isCloseTo(100 * (1 - 5.4 / 12), within(1e-9));

            var formatting = summary.getSheetConditionalFormatting();
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                for (var range : formatting.getConditionalFormattingAt(i).getFormattingRanges()) {
                    ranges.add(range.formatAsString() + ":" + formatting.getConditionalFormattingAt(i)
                            .getNumberOfRules());
                }
            }
            int first = SummarySheet.HEADER_ROW + 2;
            assertThat(ranges).contains("C" + first + ":C" + (first + 3) + ":3", "E" + first + ":E" + (first + 3)
                    + ":2", "B3:3");
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
            var chart = summary.getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getChartSeries()).hasSize(2);
            assertThat(chart.getChartSeries().get(0).getSeriesCount()).as("this month and last").isEqualTo(2);
        }
    }

    @Test
    void everyListRowKeepsTheCodeInColumnEWithItsLabelBesideAndSaysWhetherItCounts() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            for (String name : LIST_SHEETS_VI.subList(0, 4)) {
                assertThat(header(workbook.getSheet(name))).as(name).startsWith("Mã đơn vị", "Tên đơn vị",
                        "Hộp thư", "Tên hiển thị", "Mã phát hiện", "Nội dung phát hiện");
            }
            Sheet personal = workbook.getSheet("Sử dụng cá nhân");
            List<String> header = header(personal);
            assertThat(header).doesNotContain("Tiêu đề thư mẫu");
            Row amazon = rowWithText(personal, 2, "em.ho@most.gov.vn");
            assertThat(text(amazon.getCell(4))).isEqualTo("PERSONAL_USE");
            assertThat(text(amazon.getCell(5))).isEqualTo("Sử dụng hộp thư công vụ cho mục đích cá nhân");
            assertThat(text(amazon.getCell(header.indexOf("Tính vào điểm"))))
                    .isEqualTo("Không: dịch vụ đã ngừng gửi thư (thư gần nhất 03/03/2026)");
            Row categories = rowWithText(personal, 0, "Sử dụng hộp thư điện tử công vụ cho mục đích cá nhân theo "
                    + "nhóm dịch vụ (số dịch vụ được tính điểm)");
            Row vpCategories = personal.getRow(categories.getRowNum() + 2 + 2);
            assertThat(text(vpCategories.getCell(0))).isEqualTo("VP");
            assertThat(text(vpCategories.getCell(cells(personal.getRow(categories.getRowNum() + 1))
                    .indexOf("Mạng xã hội, nhắn tin")))).as("Facebook counts, Amazon no longer").isEqualTo("1");
            assertThat(text(vpCategories.getCell(cells(personal.getRow(categories.getRowNum() + 1))
                    .indexOf("Thương mại điện tử, mua sắm")))).isEqualTo("0");
            Sheet passwords = workbook.getSheet("Mật khẩu");
            assertThat(text(rowWithText(passwords, 2, "cuong.le@most.gov.vn")
                    .getCell(header(passwords).indexOf("Tính vào điểm")))).isEqualTo("Không: nhắc nhở");
            Sheet inventory = workbook.getSheet("Danh mục hộp thư");
            assertThat(header(inventory)).containsSubsequence("Mã phát hiện", "Nội dung phát hiện",
                            "Địa chỉ, người liên quan", "Căn cứ xác định", "Ngày thôi công tác", "Tính vào điểm")
                    .doesNotContain("Chi tiết", "Tên miền", "Địa chỉ nhận chuyển tiếp");
            assertThat(text(rowWithText(inventory, 4, "UNIT_MAILBOX_MISSING")
                    .getCell(header(inventory).indexOf("Tính vào điểm")))).isEqualTo("Không: việc của Trung tâm CNTT");
        }
    }

    @Test
    void noEnglishWordInAnyCellHeaderOrPageHeadingOfTheVietnameseWorkbook() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            List<String> english = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<String> texts = new ArrayList<>(List.of(sheet.getHeader().getLeft(),
                        sheet.getFooter().getLeft(), sheet.getFooter().getRight()));
                sheet.forEach(row -> row.forEach(cell -> texts.add(text(cell))));
                for (String text : texts) {
                    Matcher words = Pattern.compile("[A-Za-z]+").matcher(IDENTIFIERS.matcher(text).replaceAll(" "));
                    while (words.find()) {
                        if (ENGLISH.contains(words.group().toLowerCase(Locale.ROOT))) {
                            english.add(sheet.getSheetName() + ": " + text);
                        }
                    }
                }
            }
            assertThat(english).isEmpty();
        }
    }

    @Test
    void theListsPrintOnePageWideAtEightPointsOrMoreWithTheEvidenceColumnsTheirCodesUse() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            for (String name : List.of("Mật khẩu", "Hộp thư đơn vị", "Sử dụng cá nhân", "Phạm vi quét")) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(PrintLayout.fitScale(sheet, sheet.getRow(0).getLastCellNum()) * 11).as(name)
                        .isGreaterThanOrEqualTo(8);
            }
            assertThat(header(workbook.getSheet("Mật khẩu"))).as("the password codes share their evidence columns")
                    .containsSubsequence("Ngày tạo hộp thư / Đổi mật khẩu lần cuối", "Số ngày sử dụng mật khẩu",
                            "Thời gian cho phép giữ mật khẩu ban đầu / Thời hạn tối đa",
                            "Hết hạn từ ngày / Hết hạn ngày", "Số ngày còn lại")
                    .doesNotContain("Lý do miễn trừ");
            assertThat(header(workbook.getSheet("Sử dụng cá nhân"))).as("first and last seen are not repeated")
                    .containsSubsequence("Dịch vụ", "Nhóm dịch vụ", "Độ tin cậy", "Loại thư", "Số thư")
                    .doesNotContain("Thư đầu tiên", "Thư gần nhất");
            assertThat(text(rowWithText(workbook.getSheet("Mật khẩu"), 2, "binh.tran@most.gov.vn").getCell(15)))
                    .isEqualTo("Nghỉ thai sản - đã duyệt: Nghỉ thai sản (Chánh Văn phòng)");
        }
    }

    @Test
    void theInventoryPrintsOnePageWideAtEightPointsOrMoreWithEachCodesKeyEvidenceOnly() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            Sheet inventory = workbook.getSheet("Danh mục hộp thư");
            assertThat(PrintLayout.fitScale(inventory, inventory.getRow(0).getLastCellNum()) * 11)
                    .isGreaterThanOrEqualTo(8);
        }
        Path written = new MonthlyWorkbookWriter(ReportProperties.of(dir.resolve("every-code"), VI, true), REGULATION,
                personalUse(), history).write(ReportFixtures.report(ReportFixtures.inventoryFindings()))
                .organisation();
        try (XSSFWorkbook workbook = open(written)) {
            Sheet inventory = workbook.getSheet("Danh mục hộp thư");
            assertThat(PrintLayout.fitScale(inventory, inventory.getRow(0).getLastCellNum()) * 11).as("every code")
                    .isGreaterThanOrEqualTo(8);
            assertThat(rows(inventory).stream().skip(1).map(r -> text(r.getCell(4))).distinct())
                    .as("the fixture holds every code of the sheet").containsExactlyInAnyOrder(
                            "UNIT_MAILBOX_MISSING", "UNIT_MAILBOX_DUPLICATE", "PERSONAL_MAILBOX_DUPLICATE",
                            "NON_OFFICIAL_DOMAIN", "ORPHAN_MAILBOX", "EXTERNAL_FORWARDING", "GROUP_EXTERNAL_MEMBER",
                            "MAILBOX_USED_AFTER_LEAVING", "PERSONAL_MAILBOX_UNATTENDED", "STAFF_WITHOUT_MAILBOX",
                            "UNSIGNED_OFFICIAL_MAIL", "WORK_MAIL_TO_FREE_WEBMAIL");
            List<String> header = header(inventory);
            assertThat(header.subList(9, header.size())).containsExactly("Địa chỉ, người liên quan",
                    "Căn cứ xác định", "Ngày thôi công tác / Số thư",
                    "Đăng nhập lần cuối (IMAP/POP3) / Tỷ lệ thư có ký số", "Tính vào điểm", "Miễn trừ");
            assertThat(cells(rowWithText(inventory, 4, "WORK_MAIL_TO_FREE_WEBMAIL")).subList(9, 13))
                    .containsExactly("gmail.com × 20, yahoo.com × 6", "Trùng họ tên", "26", "");
            assertThat(cells(rowWithText(inventory, 4, "MAILBOX_USED_AFTER_LEAVING")).subList(9, 13))
                    .containsExactly("", "", "30/06/2026", "20/10/2026");
            assertThat(cells(rowWithText(inventory, 4, "STAFF_WITHOUT_MAILBOX")).subList(9, 11))
                    .containsExactly("Lương Thị Mai", "Chưa được cấp hộp thư");
            assertThat(cells(rowWithText(inventory, 4, "EXTERNAL_FORWARDING")).subList(9, 11))
                    .containsExactly("hoang.nguyenthanh.vn@yahoo.com", "Quy tắc lọc thư (Sieve) của người dùng");
            List<String> everyCell = new ArrayList<>();
            inventory.forEach(row -> everyCell.addAll(cells(row)));
            assertThat(everyCell).as("the employee id and the private address stay in the audit export")
                    .doesNotContain("KHCN00342", "an.nguyen.1987@gmail.com");
            assertThat(text(rowWithText(workbook.getSheet("Phương pháp"), 0, "Dữ liệu được hiển thị").getCell(1)))
                    .contains("Toàn bộ bằng chứng của mọi phát hiện có trong bản trích xuất phục vụ kiểm tra");
        }
    }

    @Test
    void everySheetPrintsA4LandscapeOnePageWideWithHeadingsAndTheListHeaderRepeated() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            for (Sheet sheet : workbook) {
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(print.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as(sheet.getSheetName()).isZero();
                assertThat(sheet.getHeader().getLeft()).isEqualTo("Bộ Khoa học và Công nghệ");
                assertThat(sheet.getHeader().getRight()).isEqualTo("&A");
                assertThat(sheet.getFooter().getLeft()).isEqualTo("Tháng 10/2026");
                assertThat(sheet.getFooter().getRight()).isEqualTo("Trang &P/&N");
            }
            for (String name : LIST_SHEETS_VI) {
                assertThat(workbook.getSheet(name).getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
            }
            assertThat(workbook.getSheet("Tổng hợp").getColumnWidth(0)).isGreaterThanOrEqualTo(34 * 256);
        }
    }

    @Test
    void trendListsThePublishedScoresOfTheLastPeriodsWithALineChart() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            XSSFSheet trend = workbook.getSheet("Xu hướng");
            assertThat(header(trend)).containsExactly("Tên đơn vị", "Mã đơn vị", "T8/2026", "T9/2026", "T10/2026");
            Row organisation = trend.getRow(1);
            assertThat(text(organisation.getCell(0))).isEqualTo("Tổng cộng");
            assertThat(organisation.getCell(2).getNumericCellValue()).isEqualTo(50.0);
            assertThat(organisation.getCell(3).getNumericCellValue()).isEqualTo(52.5);
            assertThat(organisation.getCell(4).getNumericCellValue()).isCloseTo(55.0, within(1e-9));
            Row tccb = rowWithText(trend, 1, "TCCB");
            assertThat(tccb.getCell(2).getNumericCellValue()).isEqualTo(40.0);
            assertThat(tccb.getCell(4).getNumericCellValue()).isCloseTo(45.0, within(1e-9));
            assertThat(trend.getDrawingPatriarch().getCharts()).hasSize(1);
        }
        assertThat(history.upTo(ReportFixtures.PERIOD, 12)).hasSize(3);
    }

    @Test
    void withoutAPublishedLastMonthTheSummarySaysSoInWords() throws IOException {
        Path written = new MonthlyWorkbookWriter(ReportProperties.of(dir, VI, false),
                REGULATION, personalUse(),
                new MemoryScoreHistory()).write(ReportFixtures.report()).organisation();
        try (XSSFWorkbook workbook = open(written)) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(text(summary.getRow(3).getCell(1))).isEqualTo(
                    "Tháng 9/2026 chưa được đánh giá: chưa có số liệu để so sánh");
            Row first = summary.getRow(SummarySheet.HEADER_ROW + 1);
            assertThat(text(first.getCell(3))).isEqualTo("chưa đánh giá");
            assertThat(text(first.getCell(4))).isEmpty();
        }
    }

    @Test
    void eachUnitGetsAWorkbookWithOnlyItsRowsAndItsRank() throws IOException {
        MonthlyWorkbooks written = writeAll(VI);
        Path units = dir.resolve("2026-10").resolve("units");
        Path vp = units.resolve("VP.xlsx");
        assertThat(written.units()).containsOnly(entry("VP", vp), entry("TCCB", units.resolve("TCCB.xlsx")),
                entry("KHTC", units.resolve("KHTC.xlsx")));
        assertThat(units).isDirectoryContaining(p -> p.endsWith("TCCB.xlsx"))
                .isDirectoryContaining(p -> p.endsWith("KHTC.xlsx"));
        try (XSSFWorkbook workbook = open(vp)) {
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(SHEETS_VI);
            for (String name : LIST_SHEETS_VI) {
                Sheet sheet = workbook.getSheet(name);
                for (int r = 1; r <= sheet.getLastRowNum() && sheet.getRow(r) != null
                        && !text(sheet.getRow(r).getCell(0)).isEmpty(); r++) {
                    assertThat(text(sheet.getRow(r).getCell(0))).as(name + " row " + r).isEqualTo("VP");
                }
            }
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(text(summary.getRow(4).getCell(1))).isEqualTo("Thứ 1 trên 3 đơn vị (thứ 1 là điểm cao nhất)");
            assertThat(text(summary.getRow(SummarySheet.HEADER_ROW + 1).getCell(1))).isEqualTo("VP");
            assertThat(text(summary.getRow(SummarySheet.HEADER_ROW + 2).getCell(0))).isEqualTo("Tổng cộng");
            assertThat(rows(workbook.getSheet("Xu hướng"))).as("header, organisation, the unit, the target")
                    .hasSize(4);
        }
    }

    @Test
    void methodGivesTheScoreFormulaWhatResolvesEachCodeAndTheRunInTheZone() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            Sheet method = workbook.getSheet("Phương pháp");
            List<String> texts = new ArrayList<>();
            method.forEach(row -> row.forEach(cell -> texts.add(text(cell))));
            assertThat(texts).anyMatch(t -> t.startsWith("Điểm của đơn vị = 100 × (1 − tổng mức trừ"));
            assertThat(texts).anyMatch(t -> t.contains("Cao 1; Trung bình 0.6; Thấp 0.3"));
            Row expiring = rows(method).stream().filter(r -> text(r.getCell(0)).equals("PASSWORD_EXPIRING"))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(text(expiring.getCell(2))).isEqualTo("Không: nhắc nhở");
            assertThat(text(expiring.getCell(4))).isEqualTo("Người dùng đổi mật khẩu trước ngày hết hạn.");
            assertThat(rowWithText(method, 0, "Mã lần chạy").getCell(1).getNumericCellValue()).isEqualTo(42);
            assertThat(rows(method).stream().map(r -> text(r.getCell(0)) + "=" + text(r.getCell(1))))
                    .contains("Kỳ báo cáo=Tháng 10/2026", "Kỳ báo cáo=2026-10");
            assertThat(text(rowWithText(method, 0, "Tên tác vụ").getCell(1))).isEqualTo("Báo cáo tháng");
            assertThat(DateUtil.isCellDateFormatted(rowWithText(method, 0, "Bắt đầu lúc").getCell(1))).isTrue();
        }
    }

    @Test
    void directoryDatesInTheFutureAreFlaggedOnCoverageAsSuspectWithTheValueAndWhyAndTheAccountIsKept()
            throws IOException {
        MonthlyReport base = ReportFixtures.report();
        List<Account> accounts = new ArrayList<>(base.accounts());
        accounts.add(new Account("tuonglai@most.gov.vn", "Lý Tương Lai", "KHTC", MailboxKind.PERSONAL, null, true,
                LocalDateTime.of(2099, 1, 1, 0, 0), LocalDateTime.of(2030, 5, 6, 7, 8), null, (LocalDate) null,
                "iredmail"));
        MonthlyReport report = new MonthlyReport(base.organization(), base.period(), base.evaluatedAt(), base.run(),
                base.units(), accounts, base.findings(), base.coverage(), base.rejections(), base.unitMailboxes(),
                base.passwordExempt(), base.method(), base.sentMail());

        try (XSSFWorkbook workbook = open(writeAll(VI, report).organisation())) {
            Sheet coverage = workbook.getSheet("Phạm vi quét");
            Row section = rowWithText(coverage, 0, "Dữ liệu danh bạ đáng ngờ (tài khoản vẫn được giữ và đánh giá; "
                    + "cần kiểm tra giá trị tại nguồn)");
            assertThat(cells(coverage.getRow(section.getRowNum() + 1))).startsWith("Mã đơn vị", "Tên đơn vị");
            List<List<String>> suspects = IntStream.rangeClosed(section.getRowNum() + 2, coverage.getLastRowNum())
                    .mapToObj(coverage::getRow).map(MonthlyWorkbookWriterTest::cells).toList();
            assertThat(suspects).hasSize(2).allSatisfy(row -> {
                assertThat(row.subList(0, 4)).containsExactly("KHTC", "Vụ Kế hoạch - Tài chính",
                        "tuonglai@most.gov.vn", "Lý Tương Lai");
                assertThat(row.get(6)).contains("tương lai");
            });
            assertThat(suspects).extracting(row -> row.get(4))
                    .containsExactly("Ngày tạo", "Lần đổi mật khẩu gần nhất");
            assertThat(suspects.get(0).get(5)).contains("2099");
            assertThat(suspects.get(1).get(5)).contains("2030");
        }
    }

    @Test
    void methodNamesEveryCodesCitationInLegalFormAndQuotesTheRegulationWordForWord() throws IOException {
        try (XSSFWorkbook workbook = open(write(VI))) {
            Sheet method = workbook.getSheet("Phương pháp");
            assertThat(text(rowWithText(method, 0, "Mục đích").getCell(1))).isNotBlank();
            assertThat(text(rowWithText(method, 0, "Căn cứ pháp lý").getCell(1)))
                    .startsWith("Quy chế quản lý và sử dụng hệ thống Công nghệ thông tin của Bộ Khoa học và Công nghệ"
                            + " ban hành kèm theo Quyết định số 4105/QĐ-BKHCN năm 2019")
                    .contains("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15");
            assertThat(text(rowWithText(method, 0, "Dữ liệu được đọc").getCell(1))).contains("Không tải nội dung thư");
            assertThat(text(rowWithText(method, 0, "Dữ liệu được lưu và thời hạn lưu").getCell(1)))
                    .contains("được lưu 24 tháng", "được lưu 60 tháng", "80 ký tự");
            assertThat(cells(rowWithText(method, 0, "compliance.password.max-age"))).startsWith(
                    "compliance.password.max-age",
                    "Thời hạn đổi mật khẩu định kỳ (khoản 2 Điều 15; thời hạn là chính sách của TTCNTT)", "90 ngày");

            Row title = rowWithText(method, 0, "Căn cứ quy chế của từng loại phát hiện (trích nguyên văn)");
            assertThat(cells(method.getRow(title.getRowNum() + 1))).containsExactly("Mã phát hiện",
                    "Nội dung phát hiện", "Căn cứ", "Mức độ", "Quy chế quy định (nguyên văn)");
            Map<String, Row> quoted = new HashMap<>();
            for (int r = title.getRowNum() + 2; r <= title.getRowNum() + 1 + FindingCode.values().length; r++) {
                quoted.put(text(method.getRow(r).getCell(0)), method.getRow(r));
            }
            assertThat(quoted).containsOnlyKeys(Arrays.stream(FindingCode.values()).map(Enum::name)
                    .toArray(String[]::new));
            Row used = quoted.get("MAILBOX_USED_AFTER_LEAVING");
            assertThat(text(used.getCell(2)))
                    .isEqualTo("khoản 2 Điều 15 Quy chế ban hành kèm theo Quyết định số 4105/QĐ-BKHCN");
            assertThat(text(used.getCell(4)))
                    .isEqualTo("“không để người khác sử dụng địa chỉ, hộp thư điện tử của mình”");
            assertThat(text(quoted.get("UNIT_MAILBOX_MISSING").getCell(2)))
                    .startsWith("điểm a khoản 3 Điều 12 Quy chế");
            assertThat(text(quoted.get("UNIT_BACKLOG").getCell(2))).startsWith("Điều 16 Quy chế");
            assertThat(text(quoted.get("SCAN_FAILED").getCell(2))).isEqualTo("(không phải nghĩa vụ của quy chế)");
        }
    }

    private Path write(Locale locale) throws IOException {
        return writeAll(locale, ReportFixtures.report()).organisation();
    }

    private MonthlyWorkbooks writeAll(Locale locale) throws IOException {
        return writeAll(locale, ReportFixtures.report());
    }

    private MonthlyWorkbooks writeAll(Locale locale, MonthlyReport report) throws IOException {
        return new MonthlyWorkbookWriter(ReportProperties.of(dir, locale, true), REGULATION, personalUse(), history)
                .write(report);
    }

    static PersonalUseProperties personalUse() {
        return new PersonalUseProperties(Path.of("jobs/personal-use-rules.yml"), List.of(), Duration.ofDays(365),
                Duration.ofDays(90));
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
}
