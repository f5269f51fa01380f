package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.SmimeSamples;
import vn.mailcompliance.testsupport.StoredMessage;

/**
 * A unit with three mailboxes that send mail in November 2026: An (must sign) signs one of four messages and sends
 * one to his own gmail; the unit mailbox signs both of its own, kept in a folder named "Đã gửi" that the server does
 * not mark; Bình has an active Sieve script that redirects his mail to yahoo.com.
 */
final class SentMailFixture {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String OFFICE = "vanphong@most.gov.vn";
    static final String AN = "an.nv@most.gov.vn";
    static final String BINH = "binh.tran@most.gov.vn";
    static final String OFFICE_SENT = "Đã gửi";

    private SentMailFixture() {
    }

    /** The settings of the fixture beside the environment's own, and the mail of the month on its Dovecot. */
    static void settings(DynamicPropertyRegistry registry, MonthlyJobEnvironment environment) {
        environment.registerSpringProperties(registry);
        registry.add("compliance.signing.required-for", () -> AN + "," + OFFICE);
        registry.add("compliance.sieve.source", () -> "managesieve");
        registry.add("compliance.report.locale", () -> "en");
        seed(environment.dovecot());
    }

    /**
     * Runs the monthly job of 2026-11 and asserts what it finds and stores, the signed share on the Summary, and that
     * no sent folder changed.
     */
    static JobExecution runNovember(MonthlyJob monthly, DovecotServer dovecot, JdbcClient jdbc) throws Exception {
        Map<String, List<StoredMessage>> before = sentFolders(dovecot);

        JobExecution execution = monthly.start("2026-11");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertFindings(jdbc);
        assertSignedShareOnSummary(reportPath(execution));
        assertThat(sentFolders(dovecot)).isEqualTo(before);
        return execution;
    }

    static Path reportPath(JobExecution execution) {
        return Path.of(execution.getExecutionContext().getString(MonthlyJobConfiguration.REPORT_PATH_KEY));
    }

    private static void seed(DovecotServer dovecot) {
        dovecot.addUser(OFFICE);
        dovecot.addUser(AN);
        dovecot.addUser(BINH);
        dovecot.deliver(AN, "INBOX", plain("vp@most.gov.vn", AN, "Giấy mời họp"), at(2, 8), true);
        try (SmimeSamples smime = new SmimeSamples()) {
            dovecot.deliver(AN, "Sent", SmimeSamples.addressed(smime.signedDetached(), AN, OFFICE, "Báo cáo tuần"),
                    at(3, 9), true);
            dovecot.deliver(AN, "Sent", plain(AN, OFFICE, "Re: lịch họp"), at(4, 9), true);
            dovecot.deliver(AN, "Sent", plain(AN, "Nguyễn Văn An <nguyenvanan1985@gmail.com>", "Tài liệu dự thảo"),
                    at(5, 21), true);
            dovecot.deliver(AN, "Sent", plain(AN, "dn@vingroup.net", "Trả lời công văn"), at(6, 10), false);
            dovecot.deliver(AN, "Sent", plain(AN, "nguyenvanan1985@gmail.com", "After the period"),
                    LocalDateTime.of(2026, 12, 2, 9, 0).atZone(HANOI).toInstant(), true);
            dovecot.deliver(OFFICE, OFFICE_SENT, SmimeSamples.addressed(smime.signedOpaqueLegacy(), OFFICE,
                    "so-tt@hanoi.gov.vn", "Công văn 123"), at(9, 9), true);
            dovecot.deliver(OFFICE, OFFICE_SENT, SmimeSamples.addressed(smime.signedDetachedLegacy(), OFFICE,
                    "ubnd@danang.gov.vn", "Công văn 124"), at(10, 9), false);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        dovecot.installSieveScript(BINH, "roundcube", "require [\"copy\"];\n# rule:[nhà]\n"
                + "if true { redirect :copy \"binh.home@yahoo.com\"; }\n", true);
    }

    static Map<String, List<StoredMessage>> sentFolders(DovecotServer dovecot) {
        Map<String, List<StoredMessage>> folders = new LinkedHashMap<>();
        folders.put(AN + " Sent", dovecot.messages(AN, "Sent"));
        folders.put(OFFICE + " " + OFFICE_SENT, dovecot.messages(OFFICE, OFFICE_SENT));
        folders.put(AN + " INBOX", dovecot.messages(AN, "INBOX"));
        return folders;
    }

    /** What the monthly job of 2026-11 must have found and stored. */
    static void assertFindings(JdbcClient jdbc) {
        assertThat(jdbc.sql("SELECT address, sent, signed, encrypted, open_pgp FROM sent_mail_period"
                        + " WHERE period = '2026-11' ORDER BY address")
                .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4)
                        + "/" + rs.getInt(5)).list())
                .containsExactly(AN + " 4/1/0/0", OFFICE + " 2/2/0/0");
        assertThat(jdbc.sql("SELECT subject FROM sent_message WHERE address = :a AND subject IS NOT NULL"
                + " ORDER BY sent_at").param("a", AN).query(String.class).list())
                .as("mail after the evaluation instant is left for the next scan")
                .containsExactly("Tài liệu dự thảo");
        assertThat(jdbc.sql("SELECT address, code, subject FROM finding WHERE period = '2026-11'"
                        + " AND code IN ('UNSIGNED_OFFICIAL_MAIL', 'WORK_MAIL_TO_FREE_WEBMAIL', 'EXTERNAL_FORWARDING')"
                        + " ORDER BY address, code")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list())
                .containsExactly(AN + " UNSIGNED_OFFICIAL_MAIL ", AN + " WORK_MAIL_TO_FREE_WEBMAIL ",
                        BINH + " EXTERNAL_FORWARDING Sieve: binh.home@yahoo.com");
    }

    /** The Summary's signed share of unit VP: 3 of 6 judged messages (An 1 of 4, the unit mailbox 2 of 2). */
    static void assertSignedShareOnSummary(Path workbook) throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
            var summary = book.getSheet("Summary");
            int headerRow = -1;
            int column = -1;
            for (var row : summary) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals("Signed share of sent mail (%)")) {
                        headerRow = row.getRowNum();
                        column = cell.getColumnIndex();
                    }
                }
            }
            assertThat(column).as("signed share column").isNotNegative();
            var unitRow = summary.getRow(headerRow + 1);
            assertThat(unitRow.getCell(1).getStringCellValue()).isEqualTo("VP");
            assertThat(unitRow.getCell(column).getNumericCellValue()).isEqualTo(50.0);
        }
    }

    /** The subject of An's mail to his gmail is on the auditors' export, and nowhere in the leadership workbook. */
    static void assertSubjectsOnlyInTheAuditExport(Path monthly, Path audit) throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(audit))) {
            var sheet = book.getSheet("Mail to free webmail");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var row = sheet.getRow(1);
            List<String> cells = new java.util.ArrayList<>();
            row.forEach(cell -> cells.add(cell.toString()));
            assertThat(cells).contains(AN, "nguyenvanan1985@gmail.com", "Tài liệu dự thảo");
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(monthly))) {
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.toString()).as(sheet.getSheetName()).doesNotContain("Tài liệu dự thảo");
                    }
                }
            }
        }
    }

    private static java.time.Instant at(int day, int hour) {
        return LocalDateTime.of(2026, 11, day, hour, 0).atZone(HANOI).toInstant();
    }

    private static String plain(String from, String to, String subject) {
        return "From: " + from + "\r\nTo: " + to + "\r\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\r\nDate: Mon, 2 Nov 2026 09:00:00 +0700\r\nMessage-ID: <" + Math.abs(subject.hashCode())
                + "@most.gov.vn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nNội dung.\r\n";
    }

    /** The fixture's unit as the directory. */
    @TestConfiguration
    static class Directory {

        @Bean
        @Primary
        DirectorySource sentMailUnit() {
            return directory();
        }
    }

    private static DirectorySource directory() {
        LocalDateTime created = LocalDateTime.of(2025, 1, 6, 8, 0);
        return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ")),
                List.of(new Account(OFFICE, "Văn phòng Bộ", "VP", MailboxKind.UNIT, null, true, created,
                                created.plusDays(1), null, null, "test"),
                        new Account(AN, "Nguyễn Văn An", "VP", MailboxKind.PERSONAL, "E001", true, created,
                                created.plusDays(1), null, null, "test"),
                        new Account(BINH, "Trần Văn Bình", "VP", MailboxKind.PERSONAL, "E002", true, created,
                                created.plusDays(1), null, null, "test")),
                Map.of(), Map.of(), List.of());
    }
}
