package vn.mailcompliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

class MariaDbDatabaseTest {

    @RegisterExtension
    static MariaDbDatabase db = new MariaDbDatabase();

    @RegisterExtension
    static MariaDbDatabase other = new MariaDbDatabase();

    @Test
    void eachInstanceGetsItsOwnFreshDatabaseNamedAfterTheTestClass() {
        assertThat(db.name()).startsWith("mc_mariadbdatabasetest_");
        assertThat(other.name()).startsWith("mc_mariadbdatabasetest_").isNotEqualTo(db.name());
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:mysql://127.0.0.1:3306/" + db.name()
                + "?useSSL=false&allowPublicKeyRetrieval=true");
        assertThat(new JdbcTemplate(db.dataSource()).queryForObject("SELECT DATABASE()", String.class))
                .isEqualTo(db.name());
        assertThat(new JdbcTemplate(other.dataSource()).queryForObject("SELECT DATABASE()", String.class))
                .isEqualTo(other.name());
        assertThat(new JdbcTemplate(db.dataSource()).queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()", Integer.class))
                .isZero();
    }

    @Test
    void tablesWrittenThroughConnectorJAreReadBackWithUnicodeIntact() throws Exception {
        db.execute(
                "CREATE TABLE mailbox (username VARCHAR(255) PRIMARY KEY, name VARCHAR(255), "
                        + "passwordlastchange DATETIME NOT NULL DEFAULT '1970-01-01 01:01:01')",
                "INSERT INTO mailbox (username, name) VALUES ('alice@bo-tc.gov.vn', 'Nguyễn Thị Ánh')",
                "INSERT INTO mailbox (username, name, passwordlastchange) VALUES ('bob@bo-tc.gov.vn', 'Trần Văn Bình', '0000-00-00 00:00:00')");

        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT username, name FROM mailbox ORDER BY username")) {
            DatabaseMetaData meta = c.getMetaData();
            assertThat(meta.getDriverName()).contains("MySQL Connector/J");
            assertThat(meta.getDatabaseProductVersion()).contains("MariaDB");
            Map<String, String> rows = new HashMap<>();
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
            assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "alice@bo-tc.gov.vn", "Nguyễn Thị Ánh",
                    "bob@bo-tc.gov.vn", "Trần Văn Bình"));
        }
        // the zero date iRedMail data holds can be stored (and is read as text by tests that need it)
        assertThat(new JdbcTemplate(db.dataSource()).queryForObject(
                "SELECT CAST(passwordlastchange AS CHAR) FROM mailbox WHERE username = 'bob@bo-tc.gov.vn'", String.class))
                .isEqualTo("0000-00-00 00:00:00");
        // and the other database does not see the table
        assertThat(new JdbcTemplate(other.dataSource()).queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()", Integer.class))
                .isZero();
    }

    @Test
    void failingStatementReportsTheSql() {
        assertThatThrownBy(() -> db.execute("SELECT * FROM no_such_table"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no_such_table");
    }

    @Test
    void closeDropsTheDatabase() {
        MariaDbDatabase temporary = new MariaDbDatabase("drop check");
        temporary.create();
        assertThat(schemaExists(temporary.name())).isTrue();
        temporary.close();
        assertThat(schemaExists(temporary.name())).isFalse();
        assertThat(temporary.name()).startsWith("mc_drop_check_");
    }

    @Test
    void registerSpringPropertiesPointsTheDataSourceHere() {
        Map<String, Object> properties = new HashMap<>();
        DynamicPropertyRegistry registry = (name, supplier) -> properties.put(name, supplier.get());
        MariaDbDatabase.registerSpringProperties(db, registry);
        assertThat(properties).containsEntry("spring.datasource.url", db.jdbcUrl())
                .containsEntry("spring.datasource.username", "root")
                .containsEntry("spring.datasource.password", "")
                .containsEntry("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }

    @Test
    void unreachableServerFailsWithTheSetupHint() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MariaDbDatabase unreachable = new MariaDbDatabase("unreachable", "127.0.0.1", closedPort);
        assertThatThrownBy(unreachable::create)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("MariaDB is not reachable on 127.0.0.1:" + closedPort)
                .hasMessageContaining("run scripts/setup-test-env");
        assertThat(unreachable.exists()).isFalse();
    }

    private static boolean schemaExists(String name) {
        List<String> found = new JdbcTemplate(db.dataSource()).queryForList(
                "SELECT schema_name FROM information_schema.schemata WHERE schema_name = ?", String.class, name);
        return !found.isEmpty();
    }
}
