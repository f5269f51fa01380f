package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * Remote partitioning as operators run it: the packaged jar as a {@code worker} process and the monthly run as another
 * process, sharing only MariaDB, RabbitMQ and the IMAP server.
 */
class WorkerProcessIT {

    private static final Path JAR = Path.of("target/mailbox-compliance.jar").toAbsolutePath();
    private static final List<String> MAILBOXES = List.of("vanphong@most.gov.vn", "an@most.gov.vn",
            "binh@most.gov.vn", "cuong@most.gov.vn", "dung@most.gov.vn");
    private static final int PARTITIONS = 3;

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("workerprocess");

    /** The mail server's account database, which the product only reads. */
    @RegisterExtension
    static MariaDbDatabase mailServer = new MariaDbDatabase("workermailserver");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    @TempDir
    Path workDir;

    private final String queue = "mailbox-compliance.scan-requests.test-" + UUID.randomUUID();
    private Process worker;

    @AfterEach
    void stopWorkerAndDeleteQueue() throws InterruptedException {
        if (worker != null && worker.isAlive()) {
            worker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        CachingConnectionFactory broker = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            new RabbitAdmin(broker).deleteQueue(queue);
        } finally {
            broker.destroy();
        }
    }

    @Test
    void aWorkerProcessScansEveryPartitionOfAMonthlyRunStartedElsewhere() throws Exception {
        seedMailboxesAndDirectory();
        Path workerOut = workDir.resolve("worker.txt");
        worker = start("worker", workerOut);
        awaitLine(workerOut, "Worker started", Duration.ofMinutes(2));

        Path managerOut = workDir.resolve("monthly.txt");
        Process manager = start("monthly", managerOut, "--period", "2026-06");
        assertThat(manager.waitFor(3, TimeUnit.MINUTES)).as("the monthly run finished within 3 minutes").isTrue();
        String managerLog = Files.readString(managerOut, StandardCharsets.UTF_8);

        assertThat(manager.exitValue()).as(managerLog).isZero();
        Path workbook = workDir.resolve("reports/2026-06/mailbox-compliance-2026-06.xlsx");
        assertThat(managerLog).contains("Report: " + workbook);
        assertThat(coverageStatuses(workbook)).containsOnlyKeys(MAILBOXES)
                .allSatisfy((address, status) -> assertThat(status).as(address).isEqualTo("Đã quét"));
        assertThat(workerPartitions()).hasSize(PARTITIONS).containsOnly("COMPLETED");
        assertThat(Files.readString(workerOut, StandardCharsets.UTF_8))
                .containsPattern("(?s)(Partition scanMailboxWorkerStep:\\S+ of job execution \\d+.*){3}");

        worker.destroy();
        assertThat(worker.waitFor(30, TimeUnit.SECONDS)).as("the worker stops on SIGTERM").isTrue();
    }

    private void seedMailboxesAndDirectory() throws Exception {
        Instant arrival = Instant.parse("2026-06-10T03:00:00Z");
        for (String address : MAILBOXES) {
            dovecot.addUser(address);
            for (int i = 0; i < 3; i++) {
                dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: m" + i + "\n\nbody\n",
                        arrival.plus(Duration.ofDays(i)), i == 0);
            }
        }
        try (Connection db = DriverManager.getConnection(mailServer.jdbcUrl(), mailServer.username(),
                mailServer.password()); Statement ddl = db.createStatement()) {
            ddl.execute("""
                    CREATE TABLE ministry_accounts (address VARCHAR(255) PRIMARY KEY, name VARCHAR(255),
                      kind VARCHAR(16), employee_id VARCHAR(16), created DATETIME, password_changed DATETIME)""");
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO ministry_accounts VALUES (?, ?, ?, ?, '2025-01-06 08:00:00', '2026-05-04 09:00:00')")) {
                for (String address : MAILBOXES) {
                    boolean unit = address.equals(MAILBOXES.get(0));
                    insert.setString(1, address);
                    insert.setString(2, unit ? "Văn phòng Bộ" : address);
                    insert.setString(3, unit ? "unit" : "personal");
                    insert.setString(4, unit ? null : "E-" + address.substring(0, address.indexOf('@')));
                    insert.executeUpdate();
                }
            }
        }
        Files.writeString(workDir.resolve("directory.sql"), """
                SELECT address, name AS display_name, 'VP' AS unit_code, 'Văn phòng Bộ' AS unit_name, kind,
                       employee_id, 1 AS active, created AS created_at, password_changed AS password_changed_at,
                       NULL AS last_login_at, NULL AS left_on
                FROM ministry_accounts""");
    }

    /** The jar with the same settings in both processes, secrets from the environment as the README has them. */
    private Process start(String command, Path output, String... arguments) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), command));
        line.addAll(List.of(arguments));
        line.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.rabbitmq.host=127.0.0.1",
                "--compliance.imap.host=" + dovecot.host(),
                "--compliance.imap.port=" + dovecot.port(),
                "--compliance.imap.security=none",
                "--compliance.imap.master-user=" + dovecot.masterUser(),
                "--compliance.imap.threads=2",
                "--compliance.directory.kind=sql",
                "--compliance.directory.url=" + mailServer.jdbcUrl(),
                "--compliance.directory.username=" + mailServer.username(),
                "--compliance.directory.query=" + workDir.resolve("directory.sql"),
                "--compliance.scan.remote.enabled=true",
                "--compliance.scan.remote.requests=" + queue,
                "--compliance.scan.remote.grid-size=" + PARTITIONS,
                "--compliance.scan.remote.poll-interval=200ms",
                "--compliance.scan.remote.timeout=2m",
                "--compliance.report.dir=" + workDir.resolve("reports")));
        ProcessBuilder builder = new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        builder.environment().put("COMPLIANCE_DIRECTORY_PASSWORD", mailServer.password());
        builder.environment().put("COMPLIANCE_IMAP_MASTER_PASSWORD", dovecot.masterPassword());
        return builder.start();
    }

    private void awaitLine(Path output, String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.readString(output, StandardCharsets.UTF_8).contains(text)) {
            assertThat(worker.isAlive()).as("the worker is running: %s",
                    Files.readString(output, StandardCharsets.UTF_8)).isTrue();
            assertThat(Instant.now()).as("the worker printed '%s' in time", text).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static Map<String, String> coverageStatuses(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            DataFormatter text = new DataFormatter();
            var sheet = read.getSheet("Phạm vi quét");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(text.formatCellValue(cell)));
            int address = header.indexOf("Hộp thư");
            int status = header.indexOf("Trạng thái quét");
            Map<String, String> statuses = new TreeMap<>();
            for (Row row : sheet) {
                String mailbox = text.formatCellValue(row.getCell(address));
                if (row.getRowNum() > 0 && mailbox.contains("@")) {
                    statuses.put(mailbox, text.formatCellValue(row.getCell(status)));
                }
            }
            return statuses;
        }
    }

    private static List<String> workerPartitions() throws Exception {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("""
                     SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'scanMailboxWorkerStep:%'""")) {
            List<String> statuses = new ArrayList<>();
            while (rows.next()) {
                statuses.add(rows.getString(1));
            }
            return statuses;
        }
    }
}
