package vn.mailcompliance.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.mailcompliance.testsupport.MariaDbDatabase;

/** Each directory source read through Connector/J from its upstream schema on MariaDB. */
class DirectorySourcesIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @RegisterExtension
    static MariaDbDatabase vmail = new MariaDbDatabase("vmail");

    @RegisterExtension
    static MariaDbDatabase postfix = new MariaDbDatabase("postfix");

    @BeforeAll
    static void schemas() {
        vmail.execute(VmailSchema.IREDMAIL);
        vmail.execute(VmailSchema.MINISTRY);
        postfix.execute("""
                CREATE TABLE domain (domain VARCHAR(255) NOT NULL, description VARCHAR(255) NOT NULL DEFAULT '',
                    created DATETIME NOT NULL DEFAULT '2000-01-01 00:00:00', active TINYINT(1) NOT NULL DEFAULT 1,
                    password_expiry INT(11) DEFAULT 0, PRIMARY KEY (domain))""", """
                CREATE TABLE mailbox (username VARCHAR(255) NOT NULL, password VARCHAR(255) NOT NULL DEFAULT '',
                    name VARCHAR(255) NOT NULL DEFAULT '', maildir VARCHAR(255) NOT NULL DEFAULT '',
                    local_part VARCHAR(255) NOT NULL DEFAULT '', domain VARCHAR(255) NOT NULL,
                    created DATETIME NOT NULL DEFAULT '2000-01-01 00:00:00',
                    modified DATETIME NOT NULL DEFAULT '2000-01-01 00:00:00', active TINYINT(1) NOT NULL DEFAULT 1,
                    password_expiry DATETIME NOT NULL DEFAULT '2000-01-01 00:00:00', PRIMARY KEY (username))""", """
                CREATE TABLE alias (address VARCHAR(255) NOT NULL, goto TEXT NOT NULL, domain VARCHAR(255) NOT NULL,
                    created DATETIME NOT NULL DEFAULT '2000-01-01 00:00:00',
                    modified DATETIME NOT NULL DEFAULT '2000-01-01 00:00:00', active TINYINT(1) NOT NULL DEFAULT 1,
                    PRIMARY KEY (address))""",
                "INSERT INTO domain (domain, password_expiry) VALUES ('most.gov.vn', 90), ('vista.gov.vn', 0)", """
                INSERT INTO mailbox (username, name, domain, created, password_expiry) VALUES
                    ('an@most.gov.vn', 'Trần An', 'most.gov.vn', '2025-01-01 08:00:00', '2026-12-01 08:00:00'),
                    ('binh@most.gov.vn', 'Lê Bình', 'most.gov.vn', '2026-06-01 08:00:00', '2026-08-30 08:00:00'),
                    ('chi@vista.gov.vn', 'Phạm Chi', 'vista.gov.vn', '2025-01-01 08:00:00', '2000-01-01 00:00:00')""",
                """
                INSERT INTO alias (address, goto, domain) VALUES
                    ('an@most.gov.vn', 'an@most.gov.vn,an.home@gmail.com', 'most.gov.vn'),
                    ('binh@most.gov.vn', 'binh@most.gov.vn', 'most.gov.vn'),
                    ('phongban@most.gov.vn', 'an@most.gov.vn, binh@most.gov.vn', 'most.gov.vn')""");
    }

    private static DirectoryDatabase database(MariaDbDatabase db, String kind) {
        return new DirectoryDatabase(db.dataSource(), kind, db.jdbcUrl());
    }

    private static Map<String, Account> byAddress(DirectoryRead read) {
        return read.accounts().stream().collect(Collectors.toMap(Account::address, Function.identity()));
    }

    @Test
    void iRedMailSentinelsMeanTheInitialPasswordWasNeverChanged() {
        DirectoryRead read = new IRedMailSource(database(vmail, "iredmail"),
                new AddressPatterns(List.of("vanphong@*")), ZONE).read();
        Map<String, Account> accounts = byAddress(read);
        assertThat(accounts.get("an@most.gov.vn").passwordChangedAt()).isNull();
        assertThat(accounts.get("binh@most.gov.vn").passwordChangedAt()).isNull();
        assertThat(accounts.get("chi@most.gov.vn").passwordChangedAt()).isNull();
        assertThat(accounts.get("an@most.gov.vn").passwordNeverChanged()).isTrue();
        assertThat(accounts.get("vanphong@most.gov.vn").passwordChangedAt())
                .isEqualTo(LocalDateTime.of(2026, 9, 20, 9, 0));
        assertThat(accounts.get("vanphong@most.gov.vn").kind()).isEqualTo(MailboxKind.UNIT);
        assertThat(accounts.get("an@most.gov.vn").unitCode()).isEqualTo("VP");
        assertThat(accounts.get("an@most.gov.vn").employeeId()).isEqualTo("NV01");
        assertThat(accounts.get("an@most.gov.vn").lastLoginAt())
                .isEqualTo(LocalDateTime.ofInstant(java.time.Instant.ofEpochSecond(1790000500), ZONE));
        assertThat(accounts.get("dung@most.gov.vn").active()).isFalse();
        assertThat(accounts.get("phongban@most.gov.vn").kind()).isEqualTo(MailboxKind.GROUP);
    }

    @Test
    void iRedMailForwardingsExcludeSelfCopiesAndListsGiveGroupMembers() {
        DirectoryRead read = new IRedMailSource(database(vmail, "iredmail"), new AddressPatterns(List.of()), ZONE)
                .read();
        assertThat(read.forwardings()).containsExactly(Map.entry("an@most.gov.vn", List.of("an.home@gmail.com")));
        assertThat(read.groupMembers()).containsExactly(
                Map.entry("phongban@most.gov.vn", List.of("an@most.gov.vn", "dung@most.gov.vn")));
        assertThat(read.units()).extracting(Unit::code).containsExactlyInAnyOrder("VP", "KH");
    }

    @Test
    void iRedMailRowWithAnInvalidAddressIsRejectedWithItsRow() {
        DirectoryRead read = new IRedMailSource(database(vmail, "iredmail"), new AddressPatterns(List.of()), ZONE)
                .read();
        assertThat(read.rejections()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("mailbox");
            assertThat(r.rowKey()).isEqualTo("not an address");
            assertThat(r.rowNumber()).isEqualTo(5); // rows are read in username order
            assertThat(r.reason()).contains("not a valid mail address");
        });
    }

    @Test
    void postfixAdminLastChangeIsTheExpiryMinusTheDomainsDays() {
        DirectoryRead read = new PostfixAdminSource(database(postfix, "postfixadmin"), new AddressPatterns(List.of()), ZONE)
                .read();
        Map<String, Account> accounts = byAddress(read);
        assertThat(accounts.get("an@most.gov.vn").passwordChangedAt()).isEqualTo(LocalDateTime.of(2026, 9, 2, 8, 0));
        assertThat(accounts.get("binh@most.gov.vn").passwordNeverChanged()).isTrue();
        assertThat(accounts.get("chi@vista.gov.vn").passwordChangeKnown()).isFalse();
        assertThat(accounts.get("chi@vista.gov.vn").passwordNeverChanged()).isFalse();
        assertThat(accounts.get("phongban@most.gov.vn").kind()).isEqualTo(MailboxKind.GROUP);
        assertThat(read.forwardings()).containsExactly(Map.entry("an@most.gov.vn", List.of("an.home@gmail.com")));
        assertThat(read.groupMembers()).containsExactly(
                Map.entry("phongban@most.gov.vn", List.of("an@most.gov.vn", "binh@most.gov.vn")));
    }

    @Test
    void operatorQueryYieldsAccountsAndRejectsBadRows(@TempDir Path dir) throws Exception {
        Path query = dir.resolve("directory.sql");
        Files.writeString(query, """
                -- test query
                SELECT username AS address, name AS display_name, department AS unit_code, NULL AS unit_name,
                       CASE WHEN username LIKE 'dung%' THEN 'robot' ELSE 'personal' END AS kind,
                       employeeid AS employee_id, active, created AS created_at,
                       CASE WHEN username LIKE 'chi%' THEN 'hôm qua' ELSE passwordlastchange END AS password_changed_at,
                       NULL AS last_login_at, NULL AS left_on
                FROM mailbox;
                """);
        DirectoryRead read = new SqlQuerySource(database(vmail, "sql"), query).read();
        assertThat(byAddress(read)).containsKeys("an@most.gov.vn", "vanphong@most.gov.vn");
        assertThat(read.rejections()).extracting(DirectoryRead.Rejection::rowKey)
                .containsExactlyInAnyOrder("chi@most.gov.vn", "dung@most.gov.vn", "not an address");
        assertThat(read.rejections()).allSatisfy(r -> assertThat(r.source()).isEqualTo("directory.sql"));
    }

    @Test
    void operatorQueryWithoutARequiredColumnStopsTheRunNamingIt(@TempDir Path dir) throws Exception {
        Path query = dir.resolve("directory.sql");
        Files.writeString(query, "SELECT username AS address FROM mailbox");
        assertThatThrownBy(() -> new SqlQuerySource(database(vmail, "sql"), query).read())
                .isInstanceOf(DirectoryUnavailableException.class).hasMessageContaining("display_name")
                .hasMessageContaining("left_on");
    }

    @Test
    void schemaWithoutAnExpectedColumnStopsTheRunNamingIt() {
        DirectoryDatabase postfixAsIRedMail = database(postfix, "iredmail");
        assertThatThrownBy(() -> new IRedMailSource(postfixAsIRedMail, new AddressPatterns(List.of()), ZONE).read())
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("department")
                .hasMessageContaining("127.0.0.1:3306");
    }

    @Test
    void unreachableDatabaseStopsTheRunNamingHostAndPortButNotThePassword() {
        String url = "jdbc:mysql://127.0.0.1:1/vmail?connectTimeout=2000";
        DirectoryDatabase unreachable = new DirectoryDatabase(
                new DriverManagerDataSource(url, "vmail", "S3cr3t-pw"), "iredmail", url);
        assertThatThrownBy(() -> new IRedMailSource(unreachable, new AddressPatterns(List.of()), ZONE).read())
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("iredmail directory at 127.0.0.1:1")
                .hasMessageContaining("compliance.directory.url")
                .hasMessageNotContaining("S3cr3t-pw");
    }
}
