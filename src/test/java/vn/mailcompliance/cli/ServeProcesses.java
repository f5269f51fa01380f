package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import vn.mailcompliance.testsupport.MariaDbDatabase;

/** The packaged jar run as operators run it, against one MariaDB database and GreenMail's SMTP and IMAP servers. */
final class ServeProcesses {

    static final Path JAR = Path.of("target/mailbox-compliance.jar").toAbsolutePath();
    /** A schedule that does not fire during a test. */
    static final String NEVER = "0 0 0 1 1 *";

    private final MariaDbDatabase database;
    private final int smtpPort;
    private final int imapPort;
    private final Path workDir;

    ServeProcesses(MariaDbDatabase database, int smtpPort, int imapPort, Path workDir) {
        this.database = database;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.workDir = workDir;
    }

    Process start(String command, Path output, String... settings) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), command));
        line.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--compliance.imap.host=127.0.0.1",
                "--compliance.imap.port=" + imapPort,
                "--compliance.imap.security=none",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--compliance.notify.from=ttcntt@most.gov.vn",
                "--compliance.schedule.daily=" + NEVER,
                "--compliance.schedule.monthly=" + NEVER));
        line.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        builder.environment().put("COMPLIANCE_IMAP_MASTER_PASSWORD", "unused");
        return builder.start();
    }

    /** Runs a command to its end and returns its output. */
    String run(String command, int expectedStatus, String... settings) throws Exception {
        Path output = Files.createTempFile(workDir, command, ".txt");
        Process process = start(command, output, settings);
        assertThat(process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).as(command + " ended").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isEqualTo(expectedStatus);
        return printed;
    }

    /** Three people whose passwords expire within warn-before as of today. */
    void seedExpiringPasswords(List<String> addresses) throws Exception {
        LocalDate changed = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(83);
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO account (address, display_name, unit_code, kind, active, created_at, password_changed_at,
                                     source, synced_at)
                VALUES (?, ?, 'VP', 'PERSONAL', TRUE, '2025-01-06 08:00:00', ?, 'iredmail', NOW())""")) {
            for (String address : addresses) {
                insert.setString(1, address);
                insert.setString(2, address);
                insert.setObject(3, changed.atTime(12, 0));
                insert.executeUpdate();
            }
        }
    }

    long count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition, Process... alive) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            for (Process process : alive) {
                assertThat(process.isAlive()).as("the process is still running while waiting for " + what).isTrue();
            }
            assertThat(Instant.now()).as(what + " within " + timeout).isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
