package vn.mailcompliance.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * Directory values as long as the sources allow, synchronised into the product's tables on MariaDB: a value that fits
 * the source fits the product, and a longer one costs only its row.
 */
class DirectoryColumnSizesIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 82 characters, as long Vietnamese unit names are. */
    private static final String LONG_DEPARTMENT = "Vụ Kế hoạch - Tài chính và Quản lý các chương trình, dự án "
            + "khoa học công nghệ quốc";
    private static final String EMPLOYEE_ID = "NV-" + "0".repeat(252);

    @RegisterExtension
    static MariaDbDatabase vmail = new MariaDbDatabase("vmail");

    @RegisterExtension
    static MariaDbDatabase product = new MariaDbDatabase("product");

    @TempDir
    static Path dir;

    @BeforeAll
    static void databases() {
        Flyway.configure().dataSource(product.dataSource()).locations("classpath:db/migration").load().migrate();
        vmail.execute(VmailSchema.IREDMAIL);
        vmail.execute("""
                INSERT INTO mailbox (username, name, domain, department, employeeid, created, passwordlastchange,
                                     active)
                VALUES ('an@most.gov.vn', 'Trần An', 'most.gov.vn', '%s', '%s', '2025-01-05 08:00:00',
                        '2026-09-20 09:00:00', 1),
                       ('binh@most.gov.vn', 'Lê Bình', 'most.gov.vn', 'KH', 'NV02', '2025-01-05 08:00:00',
                        '2026-09-20 09:00:00', 1)""".formatted(LONG_DEPARTMENT, EMPLOYEE_ID),
                "CREATE TABLE people (address VARCHAR(255) NOT NULL, full_name MEDIUMTEXT NOT NULL, unit VARCHAR(255))",
                "INSERT INTO people VALUES ('chi@most.gov.vn', REPEAT('Nguyễn ', 9300), 'KH'), "
                        + "('dung@most.gov.vn', 'Vũ Dũng', 'KH')");
    }

    private static DirectorySync sync(DirectorySource source) {
        return new DirectorySync(source, new DirectoryRepository(JdbcClient.create(product.dataSource()),
                new NamedParameterJdbcTemplate(product.dataSource())));
    }

    @Test
    void anIRedMailDepartmentAndEmployeeIdOfTheSourcesLengthAreStoredWhole() {
        assertThat(LONG_DEPARTMENT).hasSize(82);
        DirectorySource iredmail = new IRedMailSource(new DirectoryDatabase(vmail.dataSource(), "iredmail",
                vmail.jdbcUrl()), new AddressPatterns(List.of()), ZONE);

        DirectoryRead read = sync(iredmail).synchronize(1, LocalDateTime.of(2026, 11, 1, 7, 0));

        assertThat(read.rejections()).isEmpty();
        JdbcClient db = JdbcClient.create(product.dataSource());
        assertThat(db.sql("SELECT employee_id FROM account WHERE address = 'an@most.gov.vn'").query(String.class)
                .single()).isEqualTo(EMPLOYEE_ID);
        String unitCode = db.sql("SELECT unit_code FROM account WHERE address = 'an@most.gov.vn'")
                .query(String.class).single();
        assertThat(unitCode).hasSizeLessThanOrEqualTo(64).startsWith("Vụ Kế hoạch");
        assertThat(db.sql("SELECT name FROM unit WHERE code = ?").param(unitCode).query(String.class).single())
                .isEqualTo(LONG_DEPARTMENT);
    }

    @Test
    void aNameLongerThanTheProductKeepsIsRejectedWithItsSourceAndRowAndTheOtherRowsAreStored() throws Exception {
        Path query = Files.writeString(dir.resolve("directory.sql"), """
                SELECT address, full_name AS display_name, unit AS unit_code, NULL AS unit_name, 'personal' AS kind,
                       NULL AS employee_id, 1 AS active, NULL AS created_at, NULL AS password_changed_at,
                       NULL AS last_login_at, NULL AS left_on
                FROM people ORDER BY address""");
        DirectorySource sql = new SqlQuerySource(new DirectoryDatabase(vmail.dataSource(), "sql", vmail.jdbcUrl()),
                query);

        DirectoryRead read = sync(sql).synchronize(2, LocalDateTime.of(2026, 11, 1, 7, 0));

        assertThat(read.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.source()).isEqualTo("directory.sql");
            assertThat(rejection.rowNumber()).isEqualTo(1);
            assertThat(rejection.rowKey()).isEqualTo("chi@most.gov.vn");
            assertThat(rejection.reason()).contains("the name is 65100 characters long", "at most 255");
        });
        assertThat(JdbcClient.create(product.dataSource()).sql("SELECT display_name FROM account WHERE address = ?")
                .param("dung@most.gov.vn").query(String.class).single()).isEqualTo("Vũ Dũng");
    }
}
