package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.personaluse.Authenticity;
import vn.mailcompliance.personaluse.Category;
import vn.mailcompliance.personaluse.Evidence;
import vn.mailcompliance.personaluse.EvidenceRepository;
import vn.mailcompliance.personaluse.MessageKind;
import vn.mailcompliance.testsupport.MariaDbDatabase;

@SpringBootTest(classes = MailboxComplianceApplication.class)
@SpringBatchTest
class AuditJobIT {

    @RegisterExtension
    static MariaDbDatabase db = new MariaDbDatabase();

    private static Path reports;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        MariaDbDatabase.registerSpringProperties(db, registry);
        reports = Files.createTempDirectory("audit-job-it");
        registry.add("compliance.report.dir", reports::toString);
    }

    /** The audit reads only what is stored; no directory source is read. */
    @MockitoBean
    DirectorySource directorySource;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("auditExportJob")
    Job auditExportJob;

    @BeforeAll
    static void storeDirectoryAndFindings(@Autowired DirectoryRepository directory,
                                          @Autowired FindingRepository findings,
                                          @Autowired EvidenceRepository evidence) {
        LocalDateTime synced = LocalDateTime.of(2026, 11, 1, 1, 0);
        directory.store(new DirectoryRead(
                List.of(new Unit("VP", "Văn phòng Bộ"), new Unit("TCCB", "Vụ Tổ chức cán bộ"),
                        new Unit("KHTC", "Vụ Kế hoạch - Tài chính")),
                List.of(account("an.nguyen@most.gov.vn", "Nguyễn Văn An", "VP"),
                        account("dung.pham@most.gov.vn", "Phạm Thị Dung", "TCCB"),
                        account("hoa.do@most.gov.vn", "Đỗ Hoa", "KHTC")),
                Map.of(), Map.of(), List.of()), 1, synced);
        evidence.add("an.nguyen@most.gov.vn", List.of(
                new Evidence("Facebook", Category.SOCIAL_MESSAGING, MessageKind.REGISTRATION,
                        Authenticity.AUTHENTICATED, Instant.parse("2026-09-15T02:00:00Z"),
                        "Chào mừng bạn đến với Facebook", "INBOX", 7, 1),
                new Evidence("Vietcombank", Category.BANKING, MessageKind.ACCOUNT_ACTIVITY, Authenticity.SPOOFED,
                        Instant.parse("2026-10-03T02:00:00Z"), "Xác minh tài khoản", "INBOX", 7, 2),
                new Evidence("Shopee", Category.E_COMMERCE, MessageKind.MARKETING, Authenticity.UNVERIFIED,
                        Instant.parse("2026-08-03T02:00:00Z"), "Before the range", "INBOX", 7, 3)));
        evidence.add("hoa.do@most.gov.vn", List.of(new Evidence("Shopee", Category.E_COMMERCE,
                MessageKind.MARKETING, Authenticity.UNVERIFIED, Instant.parse("2026-10-03T02:00:00Z"),
                "Another unit", "INBOX", 7, 1)));
        findings.add("2026-07", List.of(finding("an.nguyen@most.gov.vn", "VP", FindingCode.PASSWORD_EXPIRED,
                LocalDateTime.of(2026, 7, 31, 23, 0), Map.of("ageDays", "95"))), 1, Map.of());
        findings.add("2026-09", List.of(
                finding("an.nguyen@most.gov.vn", "VP", FindingCode.PERSONAL_USE, LocalDateTime.of(2026, 9, 30, 23, 0),
                        details("service", "Facebook", "messages", "4", "samples", "Chào mừng bạn")),
                finding("dung.pham@most.gov.vn", "TCCB", FindingCode.ORPHAN_MAILBOX,
                        LocalDateTime.of(2026, 9, 30, 23, 0), Map.of("leftOn", "2026-06-30"))), 2, Map.of());
        findings.add("2026-10", List.of(
                finding("an.nguyen@most.gov.vn", "VP", FindingCode.PERSONAL_USE, LocalDateTime.of(2026, 10, 31, 23, 0),
                        details("service", "Facebook", "messages", "9", "samples", "Mã xác nhận")),
                finding("dung.pham@most.gov.vn", "TCCB", FindingCode.ORPHAN_MAILBOX,
                        LocalDateTime.of(2026, 10, 31, 23, 0), Map.of("leftOn", "2026-06-30")),
                finding("hoa.do@most.gov.vn", "KHTC", FindingCode.EXTERNAL_FORWARDING,
                        LocalDateTime.of(2026, 10, 31, 23, 0), Map.of("destination", "hoa@gmail.com"))), 3, Map.of());
    }

    @Test
    void exportsEveryFindingOfTheRangeAndUnitsWithItsPeriodAndEvidence() throws Exception {
        jobs.setJob(auditExportJob);
        JobExecution execution = jobs.startJob(Jobs.auditParameters(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 31), List.of("VP", "TCCB"), Instant.parse("2026-11-02T02:00:00Z")));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getJobParameters().getString("units")).isEqualTo("TCCB,VP");
        Path workbook = Path.of(execution.getExecutionContext().getString(Jobs.AUDIT_REPORT_PATH));
        assertThat(workbook.getParent()).isEqualTo(reports.resolve("audit"));
        assertThat(workbook.getFileName().toString()).startsWith("mailbox-audit-2026-09-01_2026-10-31_TCCB-VP_");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            assertThat(excel.getSheetName(0)).isEqualTo("Phát hiện");
            assertThat(excel.getSheetName(1)).isEqualTo("Bằng chứng");
            assertThat(excel.getSheetName(2)).isEqualTo("Phạm vi");
            Sheet findings = excel.getSheetAt(0);
            List<String> header = cells(findings.getRow(0));
            assertThat(header).startsWith("Mã đơn vị", "Tên đơn vị", "Hộp thư", "Tên hiển thị", "Mã phát hiện",
                    "Nội dung phát hiện", "Kỳ");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                List<String> row = new ArrayList<>(cells(findings.getRow(r)).subList(0, 5));
                row.add(cells(findings.getRow(r)).get(6));
                rows.add(row);
            }
            assertThat(rows).containsExactly(
                    List.of("TCCB", "Vụ Tổ chức cán bộ", "dung.pham@most.gov.vn", "Phạm Thị Dung", "ORPHAN_MAILBOX",
                            "2026-09"),
                    List.of("TCCB", "Vụ Tổ chức cán bộ", "dung.pham@most.gov.vn", "Phạm Thị Dung", "ORPHAN_MAILBOX",
                            "2026-10"),
                    List.of("VP", "Văn phòng Bộ", "an.nguyen@most.gov.vn", "Nguyễn Văn An", "PERSONAL_USE",
                            "2026-09"),
                    List.of("VP", "Văn phòng Bộ", "an.nguyen@most.gov.vn", "Nguyễn Văn An", "PERSONAL_USE",
                            "2026-10"));
            Row october = findings.getRow(4);
            assertThat(october.getCell(header.indexOf("Số thư")).getNumericCellValue()).isEqualTo(9);
            assertThat(cells(october).get(header.indexOf("Tiêu đề thư mẫu"))).isEqualTo("Mã xác nhận");
            assertThat(cells(findings.getRow(1)).get(header.indexOf("Ngày thôi công tác"))).isNotEmpty();

            Sheet evidence = excel.getSheetAt(1);
            assertThat(cells(evidence.getRow(0))).containsExactly("Mã đơn vị", "Tên đơn vị", "Hộp thư",
                    "Tên hiển thị", "Dịch vụ", "Nhóm dịch vụ", "Loại thư", "Xác thực người gửi", "Thời điểm nhận",
                    "Thư mục", "Tiêu đề thư");
            assertThat(evidence.getLastRowNum()).as("the range's evidence of VP and TCCB only").isEqualTo(2);
            assertThat(cells(evidence.getRow(1))).containsExactly("VP", "Văn phòng Bộ", "an.nguyen@most.gov.vn",
                    "Nguyễn Văn An", "Facebook", "Mạng xã hội, nhắn tin", "Đăng ký tài khoản", "Đã xác thực",
                    "15/09/2026 09:00", "INBOX", "Chào mừng bạn đến với Facebook");
            assertThat(cells(evidence.getRow(2))).contains("Vietcombank", "Nghi giả mạo — không được tính");

            Sheet scope = excel.getSheetAt(2);
            assertThat(valueOf(scope, "Đơn vị")).isEqualTo("TCCB, VP");
            assertThat(valueOf(scope, "Tổng số phát hiện")).isEqualTo("4");
            List<String> lines = new ArrayList<>();
            scope.forEach(row -> lines.add(cells(row).isEmpty() ? "" : cells(row).get(0)));
            assertThat(lines).contains("Kỳ 2026-09: 2 phát hiện, khớp báo cáo tháng",
                    "Kỳ 2026-10: 2 phát hiện, khớp báo cáo tháng");
        }
    }

    @Test
    void theSameRangeCanBeExportedAgainAsANewRun() throws Exception {
        jobs.setJob(auditExportJob);
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        JobExecution first = jobs.startJob(Jobs.auditParameters(from, to, List.of(),
                Instant.parse("2026-11-02T02:00:00Z")));
        JobExecution second = jobs.startJob(Jobs.auditParameters(from, to, List.of(),
                Instant.parse("2026-11-03T02:00:00Z")));

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
        Path workbook = Path.of(second.getExecutionContext().getString(Jobs.AUDIT_REPORT_PATH));
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            assertThat(excel.getSheetAt(0).getLastRowNum()).as("all units' October findings").isEqualTo(3);
            assertThat(valueOf(excel.getSheetAt(2), "Đơn vị")).isEqualTo("Tất cả đơn vị");
        }
    }

    private static String valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(text(row, 0))) {
                return text(row, 1);
            }
        }
        throw new AssertionError("no row '" + label + "' on " + sheet.getSheetName());
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row, c));
        }
        return cells;
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }

    private static Finding finding(String address, String unit, FindingCode code, LocalDateTime seen,
                                   Map<String, String> details) {
        return new Finding(address, unit, code, "", Details.fromStored(code, details), seen.minusDays(20), seen);
    }

    private static Map<String, String> details(String... keyValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            details.put(keyValues[i], keyValues[i + 1]);
        }
        return details;
    }

    private static Account account(String address, String name, String unit) {
        return new Account(address, name, unit, MailboxKind.PERSONAL, null, true, LocalDateTime.of(2024, 1, 2, 8, 0),
                null, null, null, "iredmail");
    }
}
