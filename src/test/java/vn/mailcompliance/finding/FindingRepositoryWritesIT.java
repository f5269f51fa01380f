package vn.mailcompliance.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * Findings stored as the monthly job stores them, in batches, on MariaDB through Connector/J with the batch rewriting
 * the product configures ({@code rewriteBatchedStatements}).
 */
class FindingRepositoryWritesIT {

    @RegisterExtension
    static MariaDbDatabase db = new MariaDbDatabase("findingwrites");

    private static FindingRepository repository;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() {
        DataSource dataSource = new DriverManagerDataSource(db.jdbcUrl() + "&rewriteBatchedStatements=true",
                db.username(), db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        repository = new FindingRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource), dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    private static Finding expired(String address, LocalDateTime seen) {
        return new Finding(address, "VP", FindingCode.PASSWORD_EXPIRED, "",
                new Details.PasswordExpired(null, 95L, null, null), seen, seen);
    }

    @Test
    void aBreachGoingOnFromMonthToMonthKeepsTheFirstSeenOfItsEarliestPeriod() {
        LocalDateTime august = LocalDateTime.parse("2026-08-31T23:00:00");
        LocalDateTime september = LocalDateTime.parse("2026-09-30T23:00:00");
        LocalDateTime october = LocalDateTime.parse("2026-10-31T23:00:00");
        repository.add("2026-08", List.of(expired("ongoing@most.gov.vn", august)), 1, Map.of());
        repository.add("2026-09", List.of(expired("ongoing@most.gov.vn", september)), 2, Map.of());

        repository.add("2026-10", List.of(expired("ongoing@most.gov.vn", october),
                expired("new@most.gov.vn", october),
                new Finding("ongoing@most.gov.vn", "VP", FindingCode.PERSONAL_USE, "facebook.com", null,
                        october, october)), 3, Map.of());

        assertThat(repository.findByPeriod("2026-10"))
                .extracting(f -> f.address() + " " + f.code() + " " + f.firstSeen())
                .containsExactlyInAnyOrder(
                        "ongoing@most.gov.vn PASSWORD_EXPIRED " + august,
                        "ongoing@most.gov.vn PERSONAL_USE " + october,
                        "new@most.gov.vn PASSWORD_EXPIRED " + october);
        assertThat(repository.findByPeriod("2026-09")).singleElement()
                .satisfies(f -> assertThat(f.firstSeen()).isEqualTo(august));
    }

    @Test
    void thousandsOfFindingsOfOnePeriodAreAllStoredWithTheirEarlierFirstSeen() {
        LocalDateTime january = LocalDateTime.parse("2027-01-31T23:00:00");
        LocalDateTime february = LocalDateTime.parse("2027-02-28T23:00:00");
        List<Finding> januaryFindings = IntStream.range(0, 1_500)
                .mapToObj(i -> expired("user" + i + "@most.gov.vn", january)).toList();
        repository.add("2027-01", januaryFindings, 1, Map.of());

        repository.add("2027-02", IntStream.range(0, 3_000)
                .mapToObj(i -> expired("user" + i + "@most.gov.vn", february)).toList(), 2, Map.of());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE period = '2027-02'", Integer.class))
                .isEqualTo(3_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE period = '2027-02' AND first_seen = ?",
                Integer.class, january)).isEqualTo(1_500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE period = '2027-02' AND first_seen = ?",
                Integer.class, february)).isEqualTo(1_500);
    }
}
