package vn.mailcompliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.PropertySource;

class DemoEnvironmentTest {

    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-15T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path baseDir;

    private static DemoEnvironment demo;
    private static String printed;

    @BeforeAll
    static void start() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        demo = DemoEnvironment.start(new PrintStream(out, true, StandardCharsets.UTF_8), baseDir, NOVEMBER);
        printed = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void vmailDatabaseHoldsAtLeastFifteenUnitsAndThreeHundredActivePersonalMailboxes() throws SQLException {
        assertThat(single("SELECT COUNT(DISTINCT department) FROM mailbox")).isGreaterThanOrEqualTo(15);
        assertThat(single("SELECT COUNT(*) FROM mailbox WHERE active = 1 AND employeeid <> ''"))
                .isGreaterThanOrEqualTo(300);
    }

    @Test
    void vmailDatabaseHasEveryPasswordCase() throws SQLException {
        assertThat(single("SELECT COUNT(*) FROM mailbox WHERE passwordlastchange = '1970-01-01 01:01:01'")).isPositive();
        assertThat(single("SELECT COUNT(*) FROM mailbox WHERE passwordlastchange = created")).isPositive();
        assertThat(single("SELECT COUNT(*) FROM mailbox WHERE passwordlastchange > '1971-01-01' "
                + "AND passwordlastchange < DATEADD('DAY', -90, TIMESTAMP '2026-10-31 23:59:59')")).isPositive();
        assertThat(single("SELECT COUNT(*) FROM mailbox WHERE passwordlastchange "
                + "BETWEEN DATEADD('DAY', -90, TIMESTAMP '2026-10-31 23:59:59') "
                + "AND DATEADD('DAY', -76, TIMESTAMP '2026-10-31 23:59:59')")).isPositive();
        assertThat(single("SELECT COUNT(*) FROM mailbox WHERE passwordlastchange "
                + "> DATEADD('DAY', -76, TIMESTAMP '2026-10-31 23:59:59')")).isPositive();
    }

    @Test
    void vmailDatabaseHoldsTheDeliberateBreaches() throws SQLException {
        assertThat(single("SELECT COUNT(*) FROM mailbox WHERE domain = 'most.vn'")).isEqualTo(1);
        assertThat(single("SELECT COUNT(*) FROM mailbox WHERE active = 0")).isEqualTo(2);
        assertThat(single("SELECT COUNT(*) FROM (SELECT employeeid FROM mailbox WHERE employeeid <> '' "
                + "GROUP BY employeeid HAVING COUNT(*) > 1) t")).isEqualTo(1);
        assertThat(single("SELECT COUNT(*) FROM forwardings WHERE is_forwarding = 1 "
                + "AND dest_domain IN ('gmail.com', 'yahoo.com')")).isEqualTo(2);
        assertThat(single("SELECT COUNT(*) FROM forwardings WHERE is_list = 1 AND dest_domain = 'gmail.com'"))
                .isEqualTo(1);
        assertThat(single("SELECT COUNT(*) FROM alias")).isGreaterThanOrEqualTo(3);
        assertThat(single("SELECT COUNT(*) FROM last_login WHERE imap > 0")).isGreaterThan(250);
    }

    @Test
    void auditorReadsAUnitMailboxOverImapWithTheMasterPassword() throws Exception {
        PropertySource<?> properties = demo.propertySource();
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect((String) properties.getProperty("compliance.imap.host"),
                    (Integer) properties.getProperty("compliance.imap.port"),
                    "vp@most.gov.vn*" + properties.getProperty("compliance.imap.master-user"),
                    (String) properties.getProperty("compliance.imap.master-password"));
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isGreaterThan(10);
            assertThat(inbox.getUnreadMessageCount()).isPositive();
            List<Instant> arrivals = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                arrivals.add(message.getReceivedDate().toInstant());
            }
            assertThat(arrivals).contains(OffsetDateTime.parse("2026-10-31T17:40:05+07:00").toInstant());
            inbox.close(false);
        }
    }

    @Test
    void rosterNamesMailboxesThatExistInVmail() throws Exception {
        List<String> lines = Files.readAllLines(Path.of((String) demo.propertySource()
                .getProperty("compliance.directory.roster")), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(
                "unit_code,unit_name,full_name,employee_id,mailbox,mailbox_kind,left_on,leader_email,signs_mail");
        assertThat(lines).hasSizeGreaterThan(300);
        List<String> mailboxes = column("SELECT username FROM mailbox");
        List<String> aliases = column("SELECT address FROM alias");
        List<String> active = column("SELECT username FROM mailbox WHERE active = 1");
        List<String> kinds = new ArrayList<>();
        int leftButActive = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = csv(line);
            assertThat(fields).as(line).hasSize(9);
            if (!fields.get(7).isEmpty()) {
                assertThat(active).as("leader of " + fields.get(0)).contains(fields.get(7));
            }
            kinds.add(fields.get(5));
            assertThat(mailboxes.contains(fields.get(4)) || aliases.contains(fields.get(4))).as(fields.get(4))
                    .isTrue();
            if (!fields.get(6).isEmpty() && active.contains(fields.get(4))) {
                leftButActive++;
            }
        }
        assertThat(kinds).contains("personal", "unit", "group");
        assertThat(leftButActive).isBetween(3, 5);
    }

    @Test
    void startingAgainGivesTheSameDirectory() throws Exception {
        List<String> before = vmailRows();
        try (DemoEnvironment again = DemoEnvironment.start(new PrintStream(new ByteArrayOutputStream()), baseDir,
                NOVEMBER)) {
            assertThat(vmailRows()).isEqualTo(before);
        }
    }

    @Test
    void announcesTheDemoWithoutThePassword() {
        assertThat(printed).contains("Bộ Khoa học và Công nghệ (demo)", "2026-10")
                .doesNotContain((String) demo.propertySource().getProperty("compliance.imap.master-password"));
    }

    private static List<String> vmailRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = vmail(); Statement statement = connection.createStatement()) {
            for (String table : List.of("mailbox", "domain", "alias", "forwardings", "last_login")) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(table + Arrays.toString(row));
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = vmail(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static long single(String sql) throws SQLException {
        try (Connection connection = vmail(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection vmail() throws SQLException {
        return DriverManager.getConnection((String) demo.propertySource().getProperty("compliance.directory.url"),
                "sa", "");
    }

    private static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
