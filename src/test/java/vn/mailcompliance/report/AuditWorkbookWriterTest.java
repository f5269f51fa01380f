package vn.mailcompliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.report.MonthlyWorkbookWriterTest.cells;
import static vn.mailcompliance.report.MonthlyWorkbookWriterTest.header;
import static vn.mailcompliance.report.MonthlyWorkbookWriterTest.open;
import static vn.mailcompliance.report.MonthlyWorkbookWriterTest.rowWithText;
import static vn.mailcompliance.report.MonthlyWorkbookWriterTest.rows;
import static vn.mailcompliance.report.MonthlyWorkbookWriterTest.sheetNames;
import static vn.mailcompliance.report.MonthlyWorkbookWriterTest.text;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.PeriodFinding;
import vn.mailcompliance.personaluse.Authenticity;
import vn.mailcompliance.personaluse.Category;
import vn.mailcompliance.personaluse.Evidence;
import vn.mailcompliance.personaluse.MessageKind;
import vn.mailcompliance.personaluse.StoredEvidence;

class AuditWorkbookWriterTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);
    private static final int CODES = FindingCode.values().length;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    @Test
    void fiftyThousandFindingsAreAllExportedWithTheirEvidenceFromStreamsThatAreClosed() throws IOException {
        int total = 50_000;
        Path written = writer(new Locale("vi"), true).write(report(total, List.of()));

        assertThat(written).isEqualTo(dir.resolve("audit")
                .resolve("mailbox-audit-2026-09-01_2026-10-31_20261102-090000.xlsx"));
        assertThat(opened).as("findings twice, evidence once").hasValue(3);
        assertThat(closed).hasValue(3);
        try (XSSFWorkbook workbook = open(written)) {
            assertThat(sheetNames(workbook)).containsExactly("Phát hiện", "Bằng chứng", "Phạm vi",
                    "Thư gửi tới thư miễn phí");
            Sheet findings = workbook.getSheet("Phát hiện");
            List<String> header = header(findings);
            assertThat(header).startsWith("Mã đơn vị", "Tên đơn vị", "Hộp thư", "Tên hiển thị", "Mã phát hiện",
                    "Nội dung phát hiện", "Kỳ", "Mức độ", "Phát hiện lần đầu", "Phát hiện lần cuối");
            assertThat(header).contains("Dịch vụ", "Tiêu đề thư mẫu", "Lý do", "Số ngày từ khi thôi công tác")
                    .endsWith("Miễn trừ");
            assertThat(findings.getPhysicalNumberOfRows()).isEqualTo(1 + total);
            assertThat(findings.getLastRowNum()).isEqualTo(total);

            Row first = findings.getRow(1);
            assertThat(cells(first).subList(0, 7)).containsExactly("VP", "Văn phòng Bộ", "an.nguyen@most.gov.vn",
                    "Nguyễn Văn An", FindingCode.values()[0].name(), "Chưa đổi mật khẩu ban đầu được cấp phát", "2026-10");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(8))).isTrue();
            Row last = findings.getRow(total);
            assertThat(text(last.getCell(2))).isEqualTo("user" + (total - 1) + "@most.gov.vn");
            Row personalUse = findings.getRow(1 + FindingCode.PERSONAL_USE.ordinal());
            assertThat(text(personalUse.getCell(4))).isEqualTo("PERSONAL_USE");
            assertThat(text(personalUse.getCell(header.indexOf("Dịch vụ")))).isEqualTo("Facebook");
            assertThat(personalUse.getCell(header.indexOf("Số thư")).getNumericCellValue()).isEqualTo(3);
            Row withExtra = findings.getRow(1 + 9_999);
            assertThat(withExtra.getCell(header.indexOf("Số ngày từ khi thôi công tác")).getNumericCellValue())
                    .as("evidence only the last findings have still gets its column").isEqualTo(123);

            Sheet scope = workbook.getSheet("Phạm vi");
            assertThat(rowWithText(scope, 0, "Tổng số phát hiện").getCell(1).getNumericCellValue()).isEqualTo(total);
            assertThat(text(rowWithText(scope, 0, "Đơn vị").getCell(1))).isEqualTo("Tất cả đơn vị");
            assertThat(rowWithText(scope, 0, "Từ ngày").getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(FROM);
            assertThat(text(rowWithText(scope, 0, "Cơ quan").getCell(1))).isEqualTo("Bộ Khoa học và Công nghệ");
            int perCode = total / CODES;
            Row unitBacklog = rowWithText(scope, 0, "UNIT_BACKLOG");
            assertThat(text(unitBacklog.getCell(2))).isEqualTo("Điều 16");
            assertThat(unitBacklog.getCell(3).getNumericCellValue())
                    .isEqualTo(perCode + (FindingCode.UNIT_BACKLOG.ordinal() < total % CODES ? 1 : 0));
            assertThat(rows(scope).stream().map(r -> text(r.getCell(0))))
                    .contains("Kỳ 2026-09: 0 phát hiện, khớp báo cáo tháng",
                            "Kỳ 2026-10: 50.000 phát hiện, khớp báo cáo tháng");
        }
    }

    @Test
    void aMonthThatDoesNotMatchItsMonthlyReportIsSaidNotToMatch() throws IOException {
        AuditReport report = report(30, List.of());
        AuditReport mismatched = new AuditReport(report.organization(), report.from(), report.to(),
                report.unitFilter(), report.generatedAt(), report.zone(), report.units(), report.accounts(),
                report.findings(), report.evidence(), List.of(), Stream::empty,
                List.of(new AuditReport.Month("2026-09", false, 4), new AuditReport.Month("2026-10", true, 31)));
        try (XSSFWorkbook workbook = open(writer(new Locale("vi"), true).write(mismatched))) {
            assertThat(rows(workbook.getSheet("Phạm vi")).stream().map(r -> text(r.getCell(0)))).contains(
                    "Kỳ 2026-09: 0 trong 4 phát hiện của báo cáo tháng nằm trong khoảng ngày đã chọn (kỳ không trọn "
                            + "tháng)",
                    "Kỳ 2026-10: 30 phát hiện trong bản trích xuất, báo cáo tháng có 31: KHÔNG khớp");
        }
    }

    @Test
    void englishExportNamesItsSheetsAndTheUnitsAskedFor() throws IOException {
        try (XSSFWorkbook workbook = open(writer(Locale.ENGLISH, true).write(report(30, List.of("TCCB", "VP"))))) {
            assertThat(sheetNames(workbook)).containsExactly("Findings", "Evidence", "Scope", "Mail to free webmail");
            Sheet evidence = workbook.getSheet("Evidence");
            assertThat(header(evidence)).containsExactly("Unit code", "Unit name", "Mailbox", "Display name", "Service",
                    "Service category", "Kind of mail", "Sender authenticity", "Received at", "Folder", "Subject");
            assertThat(cells(rowWithText(evidence, 10, "Hi from your bank"))).containsExactly("VP", "Văn phòng Bộ",
                    "an.nguyen@most.gov.vn", "Nguyễn Văn An", "Vietcombank", "Banking", "Account activity",
                    "Probable spoof — not counted", "2026-10-01 09:00", "INBOX", "Hi from your bank");
            assertThat(header(workbook.getSheet("Findings"))).startsWith("Unit code", "Unit name", "Mailbox",
                    "Display name", "Finding code", "Finding", "Period");
            assertThat(text(rowWithText(workbook.getSheet("Scope"), 0, "Units").getCell(1))).isEqualTo("TCCB, VP");
        }
    }

    @Test
    void sampleSubjectsAreLeftOutWhenNotAllowed() throws IOException {
        try (XSSFWorkbook workbook = open(writer(new Locale("vi"), false).write(report(30, List.of())))) {
            Sheet findings = workbook.getSheet("Phát hiện");
            assertThat(header(findings)).doesNotContain("Tiêu đề thư mẫu").contains("Dịch vụ");
            findings.forEach(row -> assertThat(cells(row)).noneMatch(t -> t.contains("Chào mừng")));
            Sheet evidence = workbook.getSheet("Bằng chứng");
            assertThat(header(evidence)).doesNotContain("Tiêu đề thư").contains("Dịch vụ", "Xác thực người gửi");
            evidence.forEach(row -> assertThat(cells(row)).noneMatch(t -> t.contains("Chào mừng")));
        }
    }

    @Test
    void findingsBeyondASheetsLastRowContinueOnTheNextSheetsEachOnceUnderTheSameHeader() throws IOException {
        int total = 23;
        Path written = new AuditWorkbookWriter(ReportProperties.of(dir, new Locale("vi"), true),
                new Regulation(RegulationProperties.mostDecision4105()), 10)
                .write(report(total, List.of()));

        try (XSSFWorkbook workbook = open(written)) {
            assertThat(sheetNames(workbook)).containsExactly("Phát hiện", "Phát hiện (2)", "Phát hiện (3)",
                    "Bằng chứng", "Phạm vi", "Thư gửi tới thư miễn phí");
            List<String> header = header(workbook.getSheet("Phát hiện"));
            List<String> addresses = new ArrayList<>();
            for (String name : List.of("Phát hiện", "Phát hiện (2)", "Phát hiện (3)")) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(header(sheet)).as(name).isEqualTo(header);
                assertThat(sheet.getLastRowNum()).as(name).isLessThanOrEqualTo(9);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    addresses.add(text(sheet.getRow(r).getCell(2)));
                }
            }
            assertThat(addresses).containsExactlyElementsOf(IntStream.range(0, total)
                    .mapToObj(i -> finding(i).finding().address()).toList());
            assertThat(rowWithText(workbook.getSheet("Phạm vi"), 0, "Tổng số phát hiện").getCell(1)
                    .getNumericCellValue()).isEqualTo(total);
        }
    }

    @Test
    void scopeSheetNamesWhoRanTheExportAndListsTheTrailOfEarlierExports() throws IOException {
        AuditReport plain = report(30, List.of());
        List<Export> trail = List.of(
                new Export(LocalDateTime.of(2026, 11, 1, 8, 5), "kiemtoan", "audit", FROM, TO, List.of("VP"),
                        "/srv/reports/audit/mailbox-audit-2026-10-01_2026-10-31.xlsx"),
                new Export(LocalDateTime.of(2026, 11, 1, 7, 0), "compliance", "monthly", FROM, TO, List.of(),
                        "/srv/reports/2026-10/mailbox-compliance-2026-10.xlsx"));
        AuditReport withTrail = new AuditReport(plain.organization(), FROM, TO, List.of(), plain.generatedAt(), ZONE,
                plain.units(), plain.accounts(), plain.findings(), plain.evidence(), trail, Stream::empty, plain.months());
        try (XSSFWorkbook workbook = open(writer(new Locale("vi"), true).write(withTrail))) {
            Sheet scope = workbook.getSheet("Phạm vi");
            assertThat(text(rowWithText(scope, 0, "Người chạy (tài khoản hệ điều hành)").getCell(1)))
                    .isEqualTo(System.getProperty("user.name"));
            Row title = rowWithText(scope, 0, "Nhật ký xuất báo cáo (ai xuất, khi nào, phạm vi nào)");
            assertThat(cells(scope.getRow(title.getRowNum() + 1))).containsExactly("Thời điểm xuất",
                    "Người chạy (tài khoản hệ điều hành)", "Loại báo cáo", "Khoảng thời gian", "Đơn vị", "Tệp");
            assertThat(cells(scope.getRow(title.getRowNum() + 2)).subList(1, 6)).containsExactly("kiemtoan",
                    "Trích xuất phục vụ kiểm tra", "01/09/2026 – 31/10/2026", "VP",
                    "/srv/reports/audit/mailbox-audit-2026-10-01_2026-10-31.xlsx");
            assertThat(cells(scope.getRow(title.getRowNum() + 3)).subList(1, 5)).containsExactly("compliance",
                    "Báo cáo tháng", "01/09/2026 – 31/10/2026", "Tất cả đơn vị");
        }
    }

    private AuditWorkbookWriter writer(Locale locale, boolean showSubjects) {
        return new AuditWorkbookWriter(ReportProperties.of(dir, locale, showSubjects),
                new Regulation(RegulationProperties.mostDecision4105()));
    }

    private AuditReport report(int total, List<String> units) {
        return new AuditReport("Bộ Khoa học và Công nghệ", FROM, TO, units, LocalDateTime.of(2026, 11, 2, 9, 0),
                ZONE, ReportFixtures.units(), ReportFixtures.accounts(), () -> {
                    opened.incrementAndGet();
                    return IntStream.range(0, total).mapToObj(AuditWorkbookWriterTest::finding)
                            .onClose(closed::incrementAndGet);
                }, () -> {
                    opened.incrementAndGet();
                    return Stream.of(
                            new StoredEvidence("an.nguyen@most.gov.vn", "VP", new Evidence("Vietcombank",
                                    Category.BANKING, MessageKind.ACCOUNT_ACTIVITY, Authenticity.SPOOFED,
                                    Instant.parse("2026-10-01T02:00:00Z"), "Hi from your bank", "INBOX", 7, 1)),
                            new StoredEvidence("an.nguyen@most.gov.vn", "VP", new Evidence("Facebook",
                                    Category.SOCIAL_MESSAGING, MessageKind.REGISTRATION, Authenticity.AUTHENTICATED,
                                    Instant.parse("2026-10-02T02:00:00Z"), "Chào mừng bạn", "INBOX", 7, 2)))
                            .onClose(closed::incrementAndGet);
                }, List.of(), Stream::empty,
                List.of(new AuditReport.Month("2026-09", true, 0), new AuditReport.Month("2026-10", true, total)));
    }

    private static PeriodFinding finding(int i) {
        FindingCode code = FindingCode.values()[i % CODES];
        String address = i == 0 ? "an.nguyen@most.gov.vn" : "user" + i + "@most.gov.vn";
        Map<String, String> stored = new HashMap<>(Map.of("service", "Facebook", "messages", "3", "samples",
                "Chào mừng bạn", "reason", "finding " + i));
        if (i == 9_999) {
            stored.put("daysSinceLeft", "123");
        }
        Details details = Details.fromStored(code, stored);
        return new PeriodFinding("2026-10", new Finding(address, i == 0 ? "VP" : "U" + i % 5, code, "", details,
                ReportFixtures.FIRST, ReportFixtures.SEEN));
    }
}
