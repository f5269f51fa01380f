package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.backlog.UnitMailboxSnapshot;
import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.report.MonthlyReport;
import vn.mailcompliance.report.MonthlyReport.UnitMailboxRow;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * Two daily checks of the unit mailboxes on a real Dovecot (INTERNALDATEs and seen flags chosen), stored in MariaDB,
 * then the monthly job condensing them into the unit mailbox rows and UNIT_BACKLOG findings of October 2026.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, DailyUnitMailboxJobIT.Directory.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DailyUnitMailboxJobIT {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String OFFICE = "vanphong@most.gov.vn";
    private static final String SCIENCE = "khcn@most.gov.vn";
    private static final String MISSING = "thanhtra@most.gov.vn";
    private static final String STAFF = "an.nguyen@most.gov.vn";
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase();

    @TempDir
    static Path reports;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        database.registerSpringProperties(registry);
        dovecot.registerSpringProperties(registry);
        registry.add("compliance.imap.retry.attempts", () -> "1");
        // One unit mailbox of four is missing on purpose: the monthly scan must not give up on that share.
        registry.add("compliance.imap.max-failed-share", () -> "0.5");
        registry.add("compliance.report.dir", () -> reports.toString());
        registry.add("compliance.calendar.holidays-file", () -> "");
        seedMailboxes();
    }

    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier(Jobs.DAILY)
    Job dailyJob;
    @Autowired
    @Qualifier(Jobs.MONTHLY)
    Job monthlyJob;
    @Autowired
    SnapshotRepository snapshots;
    @Autowired
    CoverageRepository coverage;
    @Autowired
    FindingRepository findings;
    @Autowired
    MonthlyReportAssembler assembler;

    private static void seedMailboxes() {
        if (dovecot.users().contains(OFFICE)) {
            return;
        }
        dovecot.addUser(OFFICE);
        dovecot.addUser(SCIENCE);
        dovecot.addUser(STAFF);
        dovecot.deliver(OFFICE, "INBOX", message("Công văn số 1"), at(MONDAY, 9, 0), false);
        dovecot.deliver(OFFICE, "INBOX", message("Đã đọc"), at(MONDAY.plusDays(1), 10, 0), true);
        dovecot.deliver(OFFICE, "INBOX", message("Đến sau giờ kiểm tra"), at(WEDNESDAY, 17, 0), false);
        dovecot.deliver(SCIENCE, "INBOX", message("Đã xử lý"), at(MONDAY, 8, 0), true);
        dovecot.deliver(SCIENCE, "INBOX", message("Mới đến"), at(THURSDAY, 8, 0), false);
        dovecot.deliver(STAFF, "INBOX", message("Thư cá nhân"), at(MONDAY, 8, 0), false);
    }

    @Test
    @Order(1)
    void aDailyRunRecordsEveryReadableUnitMailboxAsOfTheCheckTime() throws Exception {
        JobExecution execution = daily(WEDNESDAY, false);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        LocalDateTime checkTime = WEDNESDAY.atTime(16, 30);
        assertThat(snapshots.onDay(WEDNESDAY)).containsExactly(
                new UnitMailboxSnapshot(WEDNESDAY, SCIENCE, checkTime, 0, null, 0, execution.getId()),
                new UnitMailboxSnapshot(WEDNESDAY, OFFICE, checkTime, 1, MONDAY.atTime(9, 0), 1, execution.getId()));
        assertThat(coverage.forJobExecution(execution.getId()))
                .extracting(ScanOutcome::address, ScanOutcome::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SCIENCE, ScanOutcome.Status.SCANNED),
                        org.assertj.core.groups.Tuple.tuple(MISSING, ScanOutcome.Status.FAILED),
                        org.assertj.core.groups.Tuple.tuple(OFFICE, ScanOutcome.Status.SCANNED));
        assertThat(coverage.forJobExecution(execution.getId()))
                .filteredOn(o -> o.address().equals(MISSING)).singleElement()
                .satisfies(o -> assertThat(o.reason()).contains(MISSING));
    }

    @Test
    @Order(2)
    void theNextDayCountsMailThatArrivedAfterYesterdaysCheckButNotYetOverdue() throws Exception {
        JobExecution execution = daily(THURSDAY, false);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(snapshots.onDay(THURSDAY))
                .extracting(UnitMailboxSnapshot::address, UnitMailboxSnapshot::unreadCount,
                        UnitMailboxSnapshot::oldestUnreadAt, UnitMailboxSnapshot::overdueCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SCIENCE, 1, THURSDAY.atTime(8, 0), 0),
                        org.assertj.core.groups.Tuple.tuple(OFFICE, 2, MONDAY.atTime(9, 0), 1));
    }

    @Test
    @Order(3)
    void aRerunWithReplaceOverwritesTheDayAndLeavesTheMailboxesUntouched() throws Exception {
        var flagsBefore = dovecot.messages(OFFICE, "INBOX");
        JobExecution first = daily(THURSDAY, true);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(snapshots.onDay(THURSDAY)).extracting(UnitMailboxSnapshot::jobExecutionId)
                .containsOnly(first.getId());
        assertThat(dovecot.messages(OFFICE, "INBOX")).isEqualTo(flagsBefore);
    }

    @Test
    @Order(4)
    void theMonthlyRunCondensesTheDaysForEveryUnitMailboxAndFindsTheBacklog() throws Exception {
        JobParameters parameters = new JobParametersBuilder().addString("period", "2026-10").toJobParameters();
        JobExecution execution = jobOperator.start(monthlyJob, parameters);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Finding> backlog = findings.findByPeriod("2026-10").stream()
                .filter(f -> f.code() == FindingCode.UNIT_BACKLOG).toList();
        assertThat(backlog).singleElement().satisfies(finding -> {
            assertThat(finding.address()).isEqualTo(OFFICE);
            assertThat(finding.details().stored()).containsExactly(Map.entry("daysInBreach", "2"),
                    Map.entry("workingDays", "22"), Map.entry("daysChecked", "2"), Map.entry("maxUnread", "2"),
                    Map.entry("oldestUnreadAgeDays", "3"));
        });

        try (Workbook workbook = WorkbookFactory.create(
                reports.resolve("2026-10").resolve("mailbox-compliance-2026-10.xlsx").toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Hộp thư đơn vị");
            assertThat(sheet).isNotNull();
            assertThat(text(sheet.getRow(0), 2)).isEqualTo("Hộp thư");
            assertThat(text(sheet.getRow(0), 11)).isEqualTo("Số ngày có thư chưa đọc quá hạn");
            assertThat(rowsByAddress(sheet)).containsOnlyKeys(OFFICE, SCIENCE, MISSING);
            assertThat(rowsByAddress(sheet).get(OFFICE)).startsWith("VP", "Văn phòng Bộ", OFFICE)
                    .contains("UNIT_BACKLOG");
            assertThat(figures(rowsByAddress(sheet).get(OFFICE))).containsExactly("22", "2", "2", "2", "3", "2", "1");
            assertThat(figures(rowsByAddress(sheet).get(SCIENCE))).containsExactly("22", "2", "0", "1", "0", "1", "0");
            assertThat(figures(rowsByAddress(sheet).get(MISSING))).containsExactly("22", "0", "0", "0", "", "", "");
        }

        MonthlyReport report = assembler.assemble(execution);
        assertThat(report.unitMailboxes()).containsExactlyInAnyOrder(
                new UnitMailboxRow(OFFICE, 22, 2, 2, 2, 3, 2, 1),
                new UnitMailboxRow(SCIENCE, 22, 2, 0, 1, 0, 1, 0),
                new UnitMailboxRow(MISSING, 22, 0, 0, 0, null, null, null));
    }

    /** Every row below the header, its cells as displayed, by the mailbox address in column C. */
    private static Map<String, List<String>> rowsByAddress(Sheet sheet) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new java.util.ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(row, c));
            }
            rows.put(text(row, 2), cells);
        }
        return rows;
    }

    /**
     * Working days, days checked, days in breach, max unread, oldest unread age, unread and overdue at the end: the
     * month columns after the finding code, its label, severity, first and last seen.
     */
    private static List<String> figures(List<String> row) {
        return row.subList(9, 16);
    }

    private static String text(Row row, int column) {
        return new DataFormatter().formatCellValue(row.getCell(column));
    }

    private JobExecution daily(LocalDate date, boolean replace) throws Exception {
        JobParametersBuilder parameters = new JobParametersBuilder().addString("date", date.toString());
        if (replace) {
            parameters.addLong("replace", System.nanoTime());
        }
        return jobOperator.start(dailyJob, parameters.toJobParameters());
    }

    private static String message(String subject) {
        return "From: dan@example.vn\r\nTo: unit@most.gov.vn\r\nSubject: =?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "?=\r\nDate: Mon, 5 Oct 2026 09:00:00 +0700\r\n\r\nNội dung\r\n";
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(HANOI).toInstant();
    }

    @TestConfiguration
    static class Directory {

        @Bean
        @Primary
        DirectorySource testDirectory() {
            List<Unit> units = List.of(new Unit("VP", "Văn phòng Bộ"), new Unit("KHCN", "Vụ Khoa học Công nghệ"),
                    new Unit("TTr", "Thanh tra Bộ"));
            List<Account> accounts = List.of(
                    account(OFFICE, "VP", MailboxKind.UNIT),
                    account(SCIENCE, "KHCN", MailboxKind.UNIT),
                    account(MISSING, "TTr", MailboxKind.UNIT),
                    account(STAFF, "VP", MailboxKind.PERSONAL));
            return () -> new DirectoryRead(units, accounts, Map.of(), Map.of(), List.of());
        }

        private static Account account(String address, String unit, MailboxKind kind) {
            LocalDateTime created = LocalDateTime.of(2025, 1, 2, 8, 0);
            return new Account(address, address, unit, kind, null, true, created, created.plusDays(1), null, null,
                    "iredmail");
        }
    }
}
