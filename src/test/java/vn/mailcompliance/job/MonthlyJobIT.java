package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;

/**
 * The monthly job as a whole on MariaDB (Connector/J) and Dovecot: it completes once per period, stores nothing twice,
 * and a failed run restarts at the step that failed.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, MonthlyJobIT.SmallMinistry.class})
class MonthlyJobIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = new MonthlyJobEnvironment("monthly").scanning(SmallMinistry.ADDRESSES);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        environment.registerSpringProperties(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void completedPeriodIsNotRunTwiceAndStoresNothingTwice(MonthlyJob monthly) throws Exception {
        JobExecution first = monthly.start("2026-08");
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path workbook = monthly.workbook("2026-08");
        assertThat(workbook).isRegularFile();
        try (InputStream in = Files.newInputStream(workbook); Workbook read = new XSSFWorkbook(in)) {
            assertThat(read.getNumberOfSheets()).isEqualTo(8);
            Sheet summary = read.getSheet("Tổng hợp");
            assertThat(cell(summary, rowOf(summary, "KHTC"), column(summary, "Không tính điểm ("))).as("the missing "
                    + "unit mailbox is the IT center's").isNotEqualTo("0");
            assertThat(cell(summary, rowOf(summary, "KHTC"), column(summary, "Quá hạn đổi mật khẩu định kỳ"))).isEqualTo("2");
            assertThat(cell(summary, rowOf(summary, "VP"), column(summary, "Chưa đổi mật khẩu ban đầu")))
                    .isEqualTo("1");
            Sheet passwords = read.getSheet("Mật khẩu");
            assertThat(cell(passwords, rowOf(passwords, "VP"), 2)).isEqualTo("an.nguyen@most.gov.vn");
            assertThat(cell(passwords, rowOf(passwords, "VP"), 4)).isEqualTo("PASSWORD_NEVER_CHANGED");
            Sheet coverage = read.getSheet("Phạm vi quét");
            for (int row = 1; row <= SmallMinistry.ADDRESSES.size(); row++) {
                assertThat(cell(coverage, row, 4)).as("coverage of " + cell(coverage, row, 2)).isEqualTo("Đã quét");
            }
            Sheet method = read.getSheet("Phương pháp");
            assertThat(rowOf(method, String.valueOf(first.getId()))).as("run metadata names the execution")
                    .isPositive();
        }
        assertThat(monthly.reports().resolve("2026-08/units/VP.xlsx")).isRegularFile();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit_score WHERE period = '2026-08' AND unit_code IN ('*', 'VP')")
                .query(Integer.class).single()).as("the published scores are kept for the trend").isEqualTo(2);
        int findings = countFindings("2026-08");
        int accounts = jdbc.sql("SELECT COUNT(*) FROM account").query(Integer.class).single();
        assertThat(accounts).isEqualTo(SmallMinistry.ADDRESSES.size());

        assertThatThrownBy(() -> monthly.start("2026-08"))
                .isInstanceOf(JobInstanceAlreadyCompleteException.class);
        assertThat(countFindings("2026-08")).isEqualTo(findings);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account").query(Integer.class).single()).isEqualTo(accounts);
    }

    @Test
    void failedRunRestartsAtTheStepThatFailed(MonthlyJob monthly) throws Exception {
        Path blocked = monthly.reports().resolve("2026-09");
        Files.writeString(blocked, "a file where the period's folder must go: the report step fails");

        JobExecution failed = monthly.start("2026-09");
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stepStatus(failed, "writeMonthlyReportStep")).isEqualTo(BatchStatus.FAILED);
        assertThat(stepStatus(failed, "syncDirectoryStep")).isEqualTo(BatchStatus.COMPLETED);
        int findingsBeforeRestart = countFindings("2026-09");

        Files.delete(blocked);
        JobExecution restarted = monthly.start("2026-09");

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
                .doesNotContain("syncDirectoryStep", "evaluateDirectoryChecksStep", "evaluateAccountChecksStep")
                .contains("writeMonthlyReportStep");
        assertThat(countFindings("2026-09")).isEqualTo(findingsBeforeRestart);
        assertThat(monthly.workbook("2026-09")).isRegularFile();
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    private static String cell(Sheet sheet, int row, int column) {
        return FORMAT.formatCellValue(sheet.getRow(row).getCell(column));
    }

    /** The first row that has a cell with exactly this text, or -1. */
    private static int rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).equals(text)) {
                    return row.getRowNum();
                }
            }
        }
        return -1;
    }

    /** The column whose header (in the row that holds it) contains the text. */
    private static int column(Sheet sheet, String headerPart) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (FORMAT.formatCellValue(cell).contains(headerPart)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no header containing " + headerPart + " on " + sheet.getSheetName());
    }

    private int countFindings(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM finding WHERE period = :p").param("p", period).query(Integer.class)
                .single();
    }

    private static BatchStatus stepStatus(JobExecution execution, String step) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(step)).findFirst()
                .map(StepExecution::getStatus).orElseThrow();
    }

    /** Two units, one of them without its unit mailbox, so the run always has something to find. */
    @TestConfiguration
    static class SmallMinistry {

        static final List<String> ADDRESSES = List.of("vanphong@most.gov.vn", "an.nguyen@most.gov.vn",
                "binh.tran@most.gov.vn", "cuong.le@most.gov.vn");

        @Bean
        @Primary
        DirectorySource smallMinistry() {
            LocalDateTime created = LocalDateTime.of(2025, 1, 6, 8, 0);
            List<Account> accounts = List.of(
                    new Account("vanphong@most.gov.vn", "Văn phòng Bộ", "VP", MailboxKind.UNIT, null, true, created,
                            created.plusDays(30), null, null, "test"),
                    new Account("an.nguyen@most.gov.vn", "Nguyễn Văn An", "VP", MailboxKind.PERSONAL, "E001", true,
                            created, null, null, null, "test"),
                    new Account("binh.tran@most.gov.vn", "Trần Thị Bình", "KHTC", MailboxKind.PERSONAL, "E002", true,
                            created, created.plusDays(400), null, null, "test"),
                    new Account("cuong.le@most.gov.vn", "Lê Văn Cường", "KHTC", MailboxKind.PERSONAL, "E003", true,
                            created, created.plusDays(500), null, null, "test"));
            return () -> new DirectoryRead(
                    List.of(new Unit("VP", "Văn phòng Bộ"), new Unit("KHTC", "Vụ Kế hoạch - Tài chính")),
                    accounts, Map.of(), Map.of(), List.of());
        }
    }
}
