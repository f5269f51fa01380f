package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * A monthly run killed with SIGKILL in the middle of its scan does not wedge the period: the next run marks the
 * abandoned execution FAILED and restarts it where it stopped. While the first run is alive, a second one is refused.
 */
class CrashRecoveryIT {

    private static final Path JAR = Path.of("target/mailbox-compliance.jar").toAbsolutePath();
    private static final int MAILBOXES = 60;

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("crash");

    @RegisterExtension
    static MariaDbDatabase mailServer = new MariaDbDatabase("crashmailserver");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    @TempDir
    Path workDir;

    private Process first;

    @AfterEach
    void killLeftovers() throws InterruptedException {
        if (first != null && first.isAlive()) {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMonthlyRunKilledMidScanIsRestartedByTheNextRunWhileALiveOneRefusesASecond() throws Exception {
        List<String> addresses = seedMailboxesAndDirectory();
        first = start("first.txt");
        awaitScanHalfWay(addresses.size(), Duration.ofMinutes(3));
        // The mail server goes away for a moment: the first run waits in its retry back-off, mid-scan.
        dovecot.stop();
        Thread.sleep(2_000);
        dovecot.start();

        Process second = start("second.txt");
        assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String secondLog = output("second.txt");
        assertThat(second.exitValue()).as(secondLog).isEqualTo(CommandLine.FAILED);
        assertThat(secondLog).contains("already running");
        assertThat(first.isAlive()).as("the first run was left running: %s", output("first.txt")).isTrue();

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(executionStatuses()).as("the kill left the execution STARTED").contains("STARTED");
        int scannedBeforeKill = scannedOutcomes();
        assertThat(scannedBeforeKill).as("killed mid-scan").isBetween(1, addresses.size() - 1);

        Process rerun = start("rerun.txt");
        assertThat(rerun.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String rerunLog = output("rerun.txt");

        assertThat(rerun.exitValue()).as(rerunLog).isZero();
        assertThat(rerunLog).contains("was left STARTED by a process that is gone")
                .contains("Report: " + workDir.resolve("reports/2026-06/mailbox-compliance-2026-06.xlsx"));
        assertThat(executionStatuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(scannedOutcomes()).as("every mailbox scanned once in the period's executions")
                .isEqualTo(addresses.size());
        assertThat(abandonedPartitions()).as("the killed run's partitions were marked FAILED, none left STARTED")
                .isZero();
    }

    private List<String> seedMailboxesAndDirectory() throws Exception {
        Instant arrival = Instant.parse("2026-06-10T03:00:00Z");
        List<String> addresses = new ArrayList<>();
        for (int n = 0; n < MAILBOXES; n++) {
            String address = String.format("nv%03d@most.gov.vn", n);
            addresses.add(address);
            dovecot.addUser(address);
            for (int i = 0; i < 10; i++) {
                dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: m" + i + "\n\nbody\n",
                        arrival.plus(Duration.ofHours(i)), true);
            }
        }
        try (Connection db = DriverManager.getConnection(mailServer.jdbcUrl(), mailServer.username(),
                mailServer.password()); Statement ddl = db.createStatement()) {
            ddl.execute("""
                    CREATE TABLE ministry_accounts (address VARCHAR(255) PRIMARY KEY, employee_id VARCHAR(16))""");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO ministry_accounts VALUES (?, ?)")) {
                for (String address : addresses) {
                    insert.setString(1, address);
                    insert.setString(2, "E-" + address.substring(0, address.indexOf('@')));
                    insert.executeUpdate();
                }
            }
        }
        Files.writeString(workDir.resolve("directory.sql"), """
                SELECT address, address AS display_name, 'VP' AS unit_code, 'Văn phòng Bộ' AS unit_name,
                       'personal' AS kind, employee_id, 1 AS active, TIMESTAMP '2025-01-06 08:00:00' AS created_at,
                       TIMESTAMP '2026-05-04 09:00:00' AS password_changed_at, NULL AS last_login_at, NULL AS left_on
                FROM ministry_accounts""");
        return addresses;
    }

    /** One thread, one message per FETCH, a long back-off: easy to catch half-way. */
    private Process start(String output) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "monthly", "--period", "2026-06",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--compliance.imap.host=" + dovecot.host(),
                "--compliance.imap.port=" + dovecot.port(),
                "--compliance.imap.security=none",
                "--compliance.imap.master-user=" + dovecot.masterUser(),
                "--compliance.imap.threads=1",
                "--compliance.imap.batch-size=1",
                "--compliance.imap.retry.back-off=60s",
                "--compliance.directory.kind=sql",
                "--compliance.directory.url=" + mailServer.jdbcUrl(),
                "--compliance.directory.username=" + mailServer.username(),
                "--compliance.directory.query=" + workDir.resolve("directory.sql"),
                "--compliance.report.dir=" + workDir.resolve("reports")));
        ProcessBuilder builder = new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve(output).toFile());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        builder.environment().put("COMPLIANCE_DIRECTORY_PASSWORD", mailServer.password());
        builder.environment().put("COMPLIANCE_IMAP_MASTER_PASSWORD", dovecot.masterPassword());
        return builder.start();
    }

    private void awaitScanHalfWay(int mailboxes, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (scannedOutcomes() == 0 || scannedOutcomes() >= mailboxes) {
            assertThat(first.isAlive()).as("the first run is running: %s", output("first.txt")).isTrue();
            assertThat(Instant.now()).as("the scan started in time").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private String output(String file) throws IOException {
        return Files.readString(workDir.resolve(file), StandardCharsets.UTF_8);
    }

    private static int scannedOutcomes() throws Exception {
        if (!tableExists("scan_outcome")) {
            return 0;
        }
        return count("SELECT COUNT(*) FROM scan_outcome WHERE status = 'SCANNED'");
    }

    private static int abandonedPartitions() throws Exception {
        return count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED')");
    }

    private static List<String> executionStatuses() throws Exception {
        try (Connection db = connection(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("""
                     SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i
                       ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                     WHERE i.JOB_NAME = 'monthlyComplianceJob' ORDER BY e.JOB_EXECUTION_ID""")) {
            List<String> statuses = new ArrayList<>();
            while (rows.next()) {
                statuses.add(rows.getString(1));
            }
            return statuses;
        }
    }

    private static boolean tableExists(String table) throws Exception {
        try (Connection db = connection(); ResultSet rows = db.getMetaData().getTables(database.name(), null, table,
                null)) {
            return rows.next();
        }
    }

    private static int count(String sql) throws Exception {
        try (Connection db = connection(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
