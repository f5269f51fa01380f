package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
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
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.report.MonthlyReport;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.StoredMessage;

/**
 * The mailbox scan inside the monthly job on MariaDB and Dovecot: partitioned over three threads, read-only, every
 * mailbox covered, failing mailboxes retried then reported, too many failures failing the job, and a restart scanning
 * only what is left.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, MonthlyScanIT.Ministry.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyScanIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = new MonthlyJobEnvironment("monthlyscan");
    static final DovecotServer dovecot = environment.dovecot();

    /** In the directory, never on the mail server: its login is always rejected. */
    static final String GHOST = "ghost@most.gov.vn";
    static final List<String> LATE = List.of("late1@most.gov.vn", "late2@most.gov.vn");
    static final List<String> PRESENT = List.of("vanphong@most.gov.vn", "khtc@most.gov.vn", "an@most.gov.vn",
            "binh@most.gov.vn", "cuong@most.gov.vn", "dung@most.gov.vn", "giang@most.gov.vn");
    static final String DISABLED = "nghiviec@most.gov.vn";
    static final String GROUP = "toanbo@most.gov.vn";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        environment.registerSpringProperties(registry);
        registry.add("compliance.imap.threads", () -> 3);
        registry.add("compliance.imap.retry.attempts", () -> 2); // replaces the environment's single attempt
        registry.add("compliance.imap.retry.back-off", () -> "10ms");
        registry.add("compliance.imap.connection-timeout", () -> "2s");
        registry.add("compliance.imap.max-failed-share", () -> 0.2);
        Instant arrival = Instant.parse("2026-05-20T03:00:00Z");
        for (String address : PRESENT) {
            dovecot.addUser(address);
            for (int i = 0; i < 3; i++) {
                dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: m" + i + "\n\nbody\n",
                        arrival.plus(Duration.ofDays(i)), i == 0);
                dovecot.deliver(address, "Archive", "From: b@example.com\nSubject: a" + i + "\n\nbody\n",
                        arrival.minus(Duration.ofDays(i)), i != 0);
            }
        }
    }

    @Autowired
    CoverageRepository coverage;

    @Autowired
    MonthlyReportAssembler assembler;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void tooManyFailedMailboxesFailTheJobAndTheRestartScansOnlyWhatIsLeft(MonthlyJob monthly) throws Exception {
        JobExecution failed = monthly.start("2026-06");

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getExitStatus().getExitDescription()).contains("ScanCoverageException",
                "3 of 10 mailboxes could not be scanned", "compliance.imap.max-failed-share");
        assertThat(coverage.forJobExecution(failed.getId()))
                .filteredOn(o -> o.status() == ScanOutcome.Status.FAILED)
                .extracting(ScanOutcome::address).containsExactlyInAnyOrder(GHOST, LATE.get(0), LATE.get(1));
        assertThat(coverage.forJobExecution(failed.getId()))
                .filteredOn(o -> o.status() == ScanOutcome.Status.FAILED)
                .allSatisfy(o -> {
                    assertThat(o.attempts()).isEqualTo(2);
                    assertThat(o.reason()).contains("rejected by " + dovecot.host() + ":" + dovecot.port())
                            .doesNotContain(dovecot.masterPassword());
                });
        Map<String, Long> watermarksBefore = watermarkCounts();

        LATE.forEach(dovecot::addUser);
        JobExecution restarted = monthly.start("2026-06");

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(coverage.forJobExecution(restarted.getId())).extracting(ScanOutcome::address, ScanOutcome::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(GHOST, ScanOutcome.Status.FAILED),
                        org.assertj.core.groups.Tuple.tuple(LATE.get(0), ScanOutcome.Status.SCANNED),
                        org.assertj.core.groups.Tuple.tuple(LATE.get(1), ScanOutcome.Status.SCANNED));
        assertThat(readCount(restarted)).isEqualTo(3);
        assertThat(watermarkCounts()).containsAllEntriesOf(watermarksBefore);
        assertThat(jdbc.sql("SELECT address FROM finding WHERE period = '2026-06' AND code = 'SCAN_FAILED'")
                .query(String.class).list()).containsExactly(GHOST);
    }

    @Test
    @Order(2)
    void scanRunsInPartitionsCoversEveryMailboxAndChangesNoFlagUidOrDate(MonthlyJob monthly) throws Exception {
        Map<String, List<StoredMessage>> before = messages();

        JobExecution execution = monthly.start("2026-07");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> workers = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("scanMailboxWorkerStep:")).toList();
        assertThat(workers).hasSize(3).allSatisfy(w -> {
            assertThat(w.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(w.getReadCount()).isPositive();
        });
        assertThat(workers.stream().mapToLong(StepExecution::getReadCount).sum()).isEqualTo(10);
        MonthlyReport report = assembler.assemble(execution);
        assertThat(report.coverage()).extracting(MonthlyReport.CoverageRow::address, MonthlyReport.CoverageRow::status)
                .containsExactlyInAnyOrderElementsOf(Stream.of(
                                Stream.concat(PRESENT.stream(), LATE.stream())
                                        .map(a -> org.assertj.core.groups.Tuple.tuple(a, "SCANNED")),
                                Stream.of(org.assertj.core.groups.Tuple.tuple(GHOST, "FAILED"),
                                        org.assertj.core.groups.Tuple.tuple(DISABLED, "SKIPPED"),
                                        org.assertj.core.groups.Tuple.tuple(GROUP, "SKIPPED")))
                        .flatMap(s -> s).toList());
        assertThat(messages()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aStoppedServerFailsEveryMailboxAfterItsRetriesAndARestartCompletesThePeriod(MonthlyJob monthly)
            throws Exception {
        dovecot.stop();
        JobExecution failed;
        try {
            failed = monthly.start("2026-08");
        } finally {
            dovecot.start();
        }

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getExitStatus().getExitDescription())
                .contains("10 of 10 mailboxes could not be scanned");
        assertThat(coverage.forJobExecution(failed.getId())).hasSize(10).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(ScanOutcome.Status.FAILED);
            assertThat(o.attempts()).isEqualTo(2);
            assertThat(o.reason()).contains("cannot connect to " + dovecot.host() + ":" + dovecot.port())
                    .doesNotContain("rejected");
        });

        JobExecution restarted = monthly.start("2026-08");

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(coverage.forJobInstance(restarted.getJobInstance().getInstanceId()))
                .filteredOn(o -> o.status() == ScanOutcome.Status.SCANNED).hasSize(9);
    }

    private long readCount(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("scanMailboxWorkerStep:"))
                .mapToLong(StepExecution::getReadCount).sum();
    }

    private Map<String, Long> watermarkCounts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT address, folder, last_uid FROM scan_watermark").query(rs -> {
            counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        });
        return counts;
    }

    private static Map<String, List<StoredMessage>> messages() {
        Map<String, List<StoredMessage>> all = new HashMap<>();
        for (String address : Stream.concat(PRESENT.stream(), LATE.stream()).toList()) {
            for (String folder : List.of("INBOX", "Archive")) {
                if (PRESENT.contains(address) || folder.equals("INBOX")) {
                    all.put(address + "/" + folder, dovecot.messages(address, folder));
                }
            }
        }
        return all;
    }

    /** Two units, seven mailboxes on the server, two added later, one never, one disabled, one group. */
    @TestConfiguration
    static class Ministry {

        @Bean
        @Primary
        DirectorySource ministry() {
            LocalDateTime created = LocalDateTime.of(2025, 1, 6, 8, 0);
            Stream<Account> units = Stream.of(
                    new Account("vanphong@most.gov.vn", "Văn phòng Bộ", "VP", MailboxKind.UNIT, null, true, created,
                            created, null, null, "test"),
                    new Account("khtc@most.gov.vn", "Vụ KHTC", "KHTC", MailboxKind.UNIT, null, true, created,
                            created, null, null, "test"),
                    new Account(DISABLED, "Đã nghỉ", "VP", MailboxKind.PERSONAL, "E900", false, created, created,
                            null, null, "test"),
                    new Account(GROUP, "Toàn Bộ", "VP", MailboxKind.GROUP, null, true, created, created, null, null,
                            "test"));
            int[] n = {0};
            Stream<Account> people = Stream.concat(Stream.concat(PRESENT.stream().skip(2), LATE.stream()),
                    Stream.of(GHOST)).map(a -> new Account(a, a, n[0]++ % 2 == 0 ? "VP" : "KHTC",
                    MailboxKind.PERSONAL, "E" + n[0], true, created, created, null, null, "test"));
            List<Account> accounts = Stream.concat(units, people).toList();
            return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ"), new Unit("KHTC", "Vụ KHTC")),
                    accounts, Map.of(), Map.of(), List.of());
        }
    }
}
