package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.VmailSchemaAccess;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;

/**
 * The duties of articles 12.3b, 15.1 and 15.2 and the personal-data limits, end to end: an iRedMail vmail database on
 * MariaDB whose {@code last_login} table is as Dovecot's last-login plugin writes it, an HR roster, a private Dovecot
 * scanned by the monthly job, the product's database on MariaDB aged past the retention limits, then the audit
 * export listing the access trail.
 */
@SpringBootTest(classes = MailboxComplianceApplication.class)
@SpringBatchTest
class LegalDutiesMonthlyIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A Unix time of a local time in the zone, as Dovecot's last-login plugin stores it. */
    private static long unix(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(ZONE).toEpochSecond();
    }

    @RegisterExtension
    static MonthlyJobEnvironment environment = new MonthlyJobEnvironment("product")
            .onIRedMail(VmailSchemaAccess.iredmail(), """
                INSERT INTO mailbox (username, name, domain, department, employeeid, created, passwordlastchange,
                                     active)
                VALUES ('vanphong@most.gov.vn', 'Văn phòng', 'most.gov.vn', 'VP', '', '2025-01-05 08:00:00',
                        '2026-10-20 09:00:00', 1),
                       ('an@most.gov.vn', 'Trần An', 'most.gov.vn', 'VP', 'NV01', '2025-01-05 08:00:00',
                        '2026-10-20 09:00:00', 1),
                       ('roi@most.gov.vn', 'Lê Rời', 'most.gov.vn', 'VP', 'NV02', '2025-01-05 08:00:00',
                        '2026-10-20 09:00:00', 1),
                       ('vang@most.gov.vn', 'Phạm Vắng', 'most.gov.vn', 'VP', 'NV03', '2025-01-05 08:00:00',
                        '2026-10-20 09:00:00', 1),
                       ('moi@most.gov.vn', 'Đỗ Mới', 'most.gov.vn', 'VP', 'NV04', '2025-01-05 08:00:00',
                        '2026-10-20 09:00:00', 1),
                       ('nhan@most.gov.vn', 'Vũ Nhận', 'most.gov.vn', 'VP', 'NV05', '2025-01-05 08:00:00',
                        '2026-10-20 09:00:00', 1),
                       ('pop@most.gov.vn', 'Hồ Pop', 'most.gov.vn', 'VP', 'NV06', '2025-01-05 08:00:00',
                        '2026-10-20 09:00:00', 1),
                       ('quet@most.gov.vn', 'Mạc Quét', 'most.gov.vn', 'VP', 'NV07', '2025-01-05 08:00:00',
                        '2026-10-20 09:00:00', 1)""",
                // an: logged in two days ago; roi: left on 30/09, logged into on 20/10; vang: last login 1/10 while
                // mail kept arriving; moi: no row (unknown); nhan: deliveries only (no login recorded: unknown);
                // pop: IMAP long ago, POP3 yesterday; quet: left on 30/09, last "login" is the auditor's own scan.
                "INSERT INTO last_login (username, domain, imap, pop3, lda) VALUES "
                        + "('an@most.gov.vn', 'most.gov.vn', " + unix(10, 29, 9) + ", NULL, " + unix(10, 30, 8) + "),"
                        + "('roi@most.gov.vn', 'most.gov.vn', " + unix(10, 20, 21) + ", NULL, NULL),"
                        + "('vang@most.gov.vn', 'most.gov.vn', " + unix(10, 1, 10) + ", NULL, " + unix(10, 30, 11)
                        + "),"
                        + "('nhan@most.gov.vn', 'most.gov.vn', NULL, NULL, " + unix(10, 30, 8) + "),"
                        + "('pop@most.gov.vn', 'most.gov.vn', " + unix(8, 3, 9) + ", " + unix(10, 30, 7) + ", NULL),"
                        + "('quet@most.gov.vn', 'most.gov.vn', " + unix(10, 5, 10) + ", NULL, NULL)")
            .withRoster("""
                unit_code,unit_name,full_name,employee_id,mailbox,mailbox_kind,left_on
                VP,Văn phòng Bộ,Văn phòng,,vanphong@most.gov.vn,unit,
                VP,Văn phòng Bộ,Trần An,NV01,an@most.gov.vn,personal,
                VP,Văn phòng Bộ,Lê Rời,NV02,roi@most.gov.vn,personal,2026-09-30
                VP,Văn phòng Bộ,Phạm Vắng,NV03,vang@most.gov.vn,personal,
                VP,Văn phòng Bộ,Đỗ Mới,NV04,moi@most.gov.vn,personal,
                VP,Văn phòng Bộ,Vũ Nhận,NV05,nhan@most.gov.vn,personal,
                VP,Văn phòng Bộ,Hồ Pop,NV06,pop@most.gov.vn,personal,
                VP,Văn phòng Bộ,Mạc Quét,NV07,quet@most.gov.vn,personal,2026-09-30
                VP,Văn phòng Bộ,Lương Mai,NV09,,personal,
                """)
            .scanning(List.of("vanphong@most.gov.vn", "an@most.gov.vn", "roi@most.gov.vn", "vang@most.gov.vn",
                    "moi@most.gov.vn", "nhan@most.gov.vn", "pop@most.gov.vn", "quet@most.gov.vn"));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        environment.registerSpringProperties(registry);
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("auditExportJob")
    Job auditExportJob;

    @Autowired
    FindingRepository findings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void monthlyFindsLeaversUnattendedMailboxesAndStaffWithoutMailboxPurgesAgedDataAndAuditListsTheTrail(
            MonthlyJob monthlyJob) throws Exception {
        ageProductDatabase();

        JobExecution monthly = monthlyJob.start("2026-10");

        assertThat(monthly.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Finding> october = findings.findByPeriod("2026-10");
        assertThat(october).extracting(Finding::code, Finding::address)
                .contains(tuple(FindingCode.MAILBOX_USED_AFTER_LEAVING, "roi@most.gov.vn"),
                        tuple(FindingCode.ORPHAN_MAILBOX, "roi@most.gov.vn"),
                        tuple(FindingCode.PERSONAL_MAILBOX_UNATTENDED, "vang@most.gov.vn"),
                        tuple(FindingCode.STAFF_WITHOUT_MAILBOX, null));
        assertThat(october).filteredOn(f -> f.code() == FindingCode.MAILBOX_USED_AFTER_LEAVING)
                .as("the auditor's own scan is not someone else's use").extracting(Finding::address)
                .containsExactly("roi@most.gov.vn");
        assertThat(october).extracting(Finding::code, Finding::address)
                .contains(tuple(FindingCode.ORPHAN_MAILBOX, "quet@most.gov.vn"));
        assertThat(october).filteredOn(f -> f.code() == FindingCode.PERSONAL_MAILBOX_UNATTENDED)
                .as("no login data is unknown, deliveries are not logins, POP3 is a login")
                .extracting(Finding::address).containsExactly("vang@most.gov.vn");
        assertThat(october).filteredOn(f -> f.code() == FindingCode.MAILBOX_USED_AFTER_LEAVING).singleElement()
                .satisfies(f -> assertThat(f.details().stored()).containsEntry("leftOn", "2026-09-30")
                        .containsEntry("lastLoginAt", "2026-10-20T21:00").containsEntry("daysAfterLeaving", "20"));
        assertThat(october).filteredOn(f -> f.code() == FindingCode.PERSONAL_MAILBOX_UNATTENDED).singleElement()
                .satisfies(f -> assertThat(f.details().stored()).containsEntry("lastLoginAt", "2026-10-01T10:00")
                        .containsEntry("workingDaysWithoutLogin", "21")
                        .containsEntry("lastDeliveryAt", "2026-10-30T11:00"));
        assertThat(october).filteredOn(f -> f.code() == FindingCode.STAFF_WITHOUT_MAILBOX).singleElement()
                .satisfies(f -> {
                    assertThat(f.unitCode()).isEqualTo("VP");
                    assertThat(f.subject()).isEqualTo("NV09");
                    assertThat(f.details().stored()).containsEntry("fullName", "Lương Mai").containsEntry("reason",
                            "no-mailbox");
                });

        assertPurgedPastTheLimitsOnly(monthly);

        Path monthlyBook = monthlyJob.workbook("2026-10");
        assertThat(jdbc.queryForList("SELECT os_user, kind, range_from, range_to, units, file FROM export_trail"
                + " WHERE kind = 'monthly'")).singleElement().satisfies(row -> {
                    assertThat(row.get("os_user")).isEqualTo(System.getProperty("user.name"));
                    assertThat(row.get("range_from").toString()).isEqualTo("2026-10-01");
                    assertThat(row.get("range_to").toString()).isEqualTo("2026-10-31");
                    assertThat(row.get("units")).isEqualTo("");
                    assertThat(row.get("file")).isEqualTo(monthlyBook.toAbsolutePath().normalize().toString());
                });
        Path unitBooks = monthlyBook.resolveSibling("units").toAbsolutePath().normalize();
        assertThat(jdbc.queryForList("SELECT units, file FROM export_trail WHERE kind = 'unit'"))
                .as("every unit workbook is in the trail, naming its unit")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("file"))
                        .isEqualTo(unitBooks.resolve(row.get("units") + ".xlsx").toString()))
                .anySatisfy(row -> assertThat(row.get("units")).isEqualTo("VP"));

        jobs.setJob(auditExportJob);
        JobExecution audit = jobs.startJob(Jobs.auditParameters(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), List.of("VP"), Instant.parse("2026-11-02T02:00:00Z")));
        assertThat(audit.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path auditBook = Path.of(audit.getExecutionContext().getString(Jobs.AUDIT_REPORT_PATH));
        try (InputStream in = Files.newInputStream(auditBook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            Sheet scope = excel.getSheet("Phạm vi");
            int title = rowWith(scope, "Nhật ký xuất báo cáo (ai xuất, khi nào, phạm vi nào)");
            List<Row> trail = new ArrayList<>();
            for (int r = title + 2; r <= scope.getLastRowNum() && !text(scope.getRow(r), 0).isEmpty(); r++) {
                trail.add(scope.getRow(r));
            }
            assertThat(trail).filteredOn(row -> text(row, 2).equals("Báo cáo tháng")).singleElement()
                    .satisfies(row -> {
                        assertThat(text(row, 1)).isEqualTo(System.getProperty("user.name"));
                        assertThat(text(row, 5)).isEqualTo(monthlyBook.toAbsolutePath().normalize().toString());
                    });
            assertThat(trail).filteredOn(row -> text(row, 2).equals("Báo cáo đơn vị"))
                    .anySatisfy(row -> assertThat(text(row, 4)).isEqualTo("VP"));
        }
        assertThat(jdbc.queryForObject("SELECT units FROM export_trail WHERE kind = 'audit'"
                + " AND os_user <> 'someone'", String.class))
                .isEqualTo("VP");
    }

    /**
     * Data older than the limits, counted back from 31/10/2026 (evidence P24M: before 01/11/2024; findings P60M:
     * periods before 2021-11), and data within them.
     */
    private void ageProductDatabase() {
        String evidence = "INSERT INTO personal_use_evidence (address, folder, uid_validity, uid, service, category,"
                + " kind, authenticity, received_at, subject) VALUES ('an@most.gov.vn', 'Archive', 1, ?, 'Shopee',"
                + " 'E_COMMERCE', 'MARKETING', 'UNVERIFIED', ?, 'Khuyến mãi')";
        jdbc.update(evidence, 1, LocalDateTime.of(2024, 10, 31, 23, 0));
        jdbc.update(evidence, 2, LocalDateTime.of(2024, 11, 1, 8, 0));
        String finding = "INSERT INTO finding (period, code, unit_code, address, subject, severity, details,"
                + " first_seen, last_seen, job_execution_id) VALUES (?, 'PERSONAL_USE', 'VP', 'an@most.gov.vn',"
                + " 'Shopee', 'MEDIUM', ?, ?, ?, 0)";
        String withSamples = "{\"service\":\"Shopee\",\"samples\":\"Khuyến mãi\"}";
        for (String period : List.of("2021-10", "2021-11", "2024-10", "2024-11")) {
            LocalDateTime seen = LocalDate.parse(period + "-15").atStartOfDay();
            jdbc.update(finding, period, withSamples, seen, seen);
        }
        String export = "INSERT INTO export_trail (exported_at, os_user, kind, range_from, range_to, units, file)"
                + " VALUES (?, 'someone', 'audit', '2021-01-01', '2021-01-31', '', '/old.xlsx')";
        jdbc.update(export, LocalDateTime.of(2021, 10, 31, 9, 0));
        jdbc.update(export, LocalDateTime.of(2021, 11, 1, 9, 0));
        jdbc.update("INSERT INTO scan_outcome (job_execution_id, address, status, folders, messages, malformed,"
                + " attempts, started_at, finished_at) VALUES (0, 'quet@most.gov.vn', 'SCANNED', 1, 0, 0, 1, ?, ?)",
                LocalDateTime.of(2026, 10, 5, 9, 59, 40), LocalDateTime.of(2026, 10, 5, 10, 0, 5));
        String snapshot = "INSERT INTO unit_mailbox_snapshot (check_date, address, checked_at, unread_count,"
                + " overdue_count, job_execution_id) VALUES (?, 'vanphong@most.gov.vn', ?, 0, 0, 0)";
        jdbc.update(snapshot, LocalDate.of(2021, 10, 29), LocalDateTime.of(2021, 10, 29, 16, 30));
        jdbc.update(snapshot, LocalDate.of(2021, 11, 1), LocalDateTime.of(2021, 11, 1, 16, 30));
        String sent = "INSERT INTO sent_message (address, folder, uid_validity, uid, sent_at, security, recipients,"
                + " external_recipients, subject) VALUES ('an@most.gov.vn', 'Sent', 1, ?, ?, 'NONE', 1,"
                + " 'an.tran@gmail.com', 'Báo cáo tuần')";
        jdbc.update(sent, 1, LocalDateTime.of(2024, 10, 31, 23, 0));
        jdbc.update(sent, 2, LocalDateTime.of(2024, 11, 1, 8, 0));
        String sentFigures = "INSERT INTO sent_mail_period (period, address, unit_code, sent, signed, encrypted,"
                + " open_pgp) VALUES (?, 'an@most.gov.vn', 'VP', 1, 0, 0, 0)";
        jdbc.update(sentFigures, "2021-10");
        jdbc.update(sentFigures, "2021-11");
    }

    private void assertPurgedPastTheLimitsOnly(JobExecution monthly) {
        assertThat(jdbc.queryForList("SELECT uid FROM personal_use_evidence WHERE address = 'an@most.gov.vn'",
                Long.class)).containsExactly(2L);
        assertThat(jdbc.queryForList("SELECT period FROM finding WHERE code = 'PERSONAL_USE' AND period < '2026-10'"
                + " ORDER BY period", String.class)).containsExactly("2021-11", "2024-10", "2024-11");
        Map<String, String> details = Map.of(
                "2021-11", jdbc.queryForObject("SELECT details FROM finding WHERE period = '2021-11'", String.class),
                "2024-10", jdbc.queryForObject("SELECT details FROM finding WHERE period = '2024-10'", String.class),
                "2024-11", jdbc.queryForObject("SELECT details FROM finding WHERE period = '2024-11'", String.class));
        assertThat(details.get("2021-11")).as("evidence past its limit: no subject").doesNotContain("samples");
        assertThat(details.get("2024-10")).doesNotContain("samples");
        assertThat(details.get("2024-11")).contains("\"samples\":\"Khuyến mãi\"");
        assertThat(jdbc.queryForList("SELECT exported_at FROM export_trail WHERE os_user = 'someone'",
                LocalDateTime.class)).containsExactly(LocalDateTime.of(2021, 11, 1, 9, 0));
        assertThat(jdbc.queryForList("SELECT check_date FROM unit_mailbox_snapshot WHERE check_date < '2026-01-01'",
                LocalDate.class)).containsExactly(LocalDate.of(2021, 11, 1));
        assertThat(jdbc.queryForList("SELECT uid FROM sent_message WHERE address = 'an@most.gov.vn'"
                + " AND folder = 'Sent' AND uid_validity = 1", Long.class)).containsExactly(2L);
        assertThat(jdbc.queryForList("SELECT period FROM sent_mail_period WHERE period < '2026-01'", String.class))
                .containsExactly("2021-11");
        assertThat(findings.findByPeriod("2026-10")).as("the period reported is never touched").isNotEmpty();
        StepExecution purge = monthly.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("purgeExpiredDataStep")).findFirst().orElseThrow();
        assertThat(purge.getWriteCount())
                .as("1 evidence, 2 sample subjects, 1 sent message, 1 finding, 1 sent-mail figure, 1 snapshot, 1 export")
                .isEqualTo(8);
    }

    private static int rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (text.equals(text(row, 0))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row '" + text + "' on " + sheet.getSheetName());
    }

    private static String text(Row row, int column) {
        return row == null || row.getCell(column) == null ? ""
                : new DataFormatter().formatCellValue(row.getCell(column));
    }
}
