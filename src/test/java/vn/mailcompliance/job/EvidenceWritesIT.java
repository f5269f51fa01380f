package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * Personal-use evidence on MariaDB (REPEATABLE READ by default): the first scan of many mailboxes on 4 threads writes
 * it without a deadlock, and a folder's new UIDVALIDITY never takes away the evidence a completed period rests on.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, EvidenceWritesIT.Ministry.class})
class EvidenceWritesIT {

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("evidencewrites");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    static final int MAILBOXES = 60;
    static final List<String> FOLDERS = List.of("INBOX", "Archive", "Shop");
    static final List<String> ADDRESSES = addresses();
    static final String RECREATED = ADDRESSES.get(0);
    static final Path WORK = workDirectory();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        database.registerSpringProperties(registry);
        dovecot.registerSpringProperties(registry);
        registry.add("compliance.imap.threads", () -> "4");
        // MariaDB's own default, which a pool configured otherwise than ours would keep
        registry.add("spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_REPEATABLE_READ");
        registry.add("compliance.imap.retry.attempts", () -> "1");
        registry.add("compliance.report.dir", () -> WORK.resolve("reports").toString());
        Instant arrival = Instant.parse("2026-05-04T02:00:00Z");
        for (String address : ADDRESSES) {
            dovecot.addUser(address);
            for (String folder : FOLDERS) {
                for (int i = 0; i < 3; i++) {
                    dovecot.deliver(address, folder, message("no-reply@shopee.vn", "Chào mừng bạn đến với Shopee " + i),
                            arrival.plus(Duration.ofHours(i)), true);
                }
            }
        }
    }

    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier("monthlyComplianceJob")
    Job monthly;
    @Autowired
    @Qualifier("auditExportJob")
    Job auditJob;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstScanOfManyMailboxesOnFourThreadsStoresEveryEvidenceWithoutADeadlock() throws Exception {
        for (String period : List.of("2026-05", "2026-06")) {
            // Each period's scan is a first scan: no watermark, no evidence, as on a fresh database.
            jdbc.update("DELETE FROM personal_use_evidence");
            jdbc.update("DELETE FROM scan_watermark");

            JobExecution execution = run(period);

            assertThat(execution.getStatus()).as("%s: %s", period, execution.getAllFailureExceptions())
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_use_evidence", Integer.class))
                    .isEqualTo(MAILBOXES * FOLDERS.size() * 3);
        }
    }

    @Test
    void aFolderRecreatedAfterACompletedPeriodAddsEvidenceAndLeavesThePastAuditExportAsItWas() throws Exception {
        jdbc.update("DELETE FROM personal_use_evidence");
        jdbc.update("DELETE FROM scan_watermark");
        assertThat(run("2026-09").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<List<String>> exportBefore = evidenceSheet(audit());
        long uidValidityBefore = dovecot.uidValidity(RECREATED, "Shop");
        int storedBefore = evidenceOf(RECREATED);

        // The user deletes the folder with its mail and creates it again: a new UIDVALIDITY, the old messages gone.
        dovecot.doveadm("expunge", "-u", RECREATED, "mailbox", "Shop", "all");
        dovecot.resetUidValidity(RECREATED, "Shop");
        dovecot.deliver(RECREATED, "Shop", message("no-reply@shopee.vn", "Shopee: Xác nhận đơn hàng #2610"),
                Instant.parse("2026-10-05T02:00:00Z"), false);
        JobExecution next = run("2026-10");

        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(dovecot.uidValidity(RECREATED, "Shop")).isNotEqualTo(uidValidityBefore);
        assertThat(evidenceOf(RECREATED)).as("the October message added, nothing taken away or counted twice")
                .isEqualTo(storedBefore + 1);
        assertThat(evidenceSheet(audit())).isEqualTo(exportBefore);
    }

    /** The audit export of May 2026, the month the evidence of the completed period arrived in. */
    private Path audit() throws Exception {
        JobExecution execution = jobOperator.start(auditJob, Jobs.auditParameters(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), List.of(), Instant.now()));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return Path.of(execution.getExecutionContext().getString(Jobs.AUDIT_REPORT_PATH));
    }

    private static List<List<String>> evidenceSheet(Path workbook) throws IOException {
        DataFormatter text = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(in)) {
            for (Row row : excel.getSheetAt(1)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        assertThat(rows).as("the export lists the period's evidence").hasSizeGreaterThan(MAILBOXES);
        return rows;
    }

    private int evidenceOf(String address) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM personal_use_evidence WHERE address = ?", Integer.class,
                address);
    }

    private JobExecution run(String period) throws Exception {
        return jobOperator.start(monthly, new JobParametersBuilder().addString("period", period).toJobParameters());
    }

    static byte[] message(String from, String subject) {
        return ("From: Shopee <" + from + ">\nTo: x@most.gov.vn\nSubject: " + subject
                + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nbody\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        for (int n = 0; n < MAILBOXES; n++) {
            addresses.add(String.format("cb%03d@most.gov.vn", n));
        }
        return addresses;
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("evidence-writes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration
    static class Ministry {

        @Bean
        @Primary
        DirectorySource ministry() {
            LocalDateTime changed = LocalDateTime.of(2026, 4, 20, 8, 0);
            List<Account> accounts = ADDRESSES.stream()
                    .map(address -> new Account(address, address, "VP", MailboxKind.PERSONAL, null, true,
                            changed.minusYears(1), changed, null, null, "test"))
                    .toList();
            return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ")), accounts, Map.of(), Map.of(),
                    List.of());
        }
    }
}
