package vn.mailcompliance.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mailcompliance.testsupport.MariaDbDatabase;

/** The audit's finding stream on MariaDB through Connector/J, which buffers whole result sets unless told not to. */
class FindingRepositoryStreamingIT {

    private static final int ROWS = 20_000;

    @RegisterExtension
    static MariaDbDatabase db = new MariaDbDatabase();

    private static DataSource dataSource;
    private static FindingRepository repository;

    @BeforeAll
    static void storeManyFindings() {
        dataSource = db.dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        LocalDateTime seen = LocalDateTime.of(2026, 10, 31, 23, 0);
        new JdbcTemplate(dataSource).batchUpdate("""
                        INSERT INTO finding (period, code, unit_code, address, subject, severity, details, first_seen,
                                             last_seen, job_execution_id)
                        VALUES ('2026-10', 'PASSWORD_EXPIRED', 'VP', ?, '', 'MEDIUM', '{"ageDays":"95"}', ?, ?, 1)
                        """, IntStream.range(0, ROWS).mapToObj(i -> new Object[] {
                        "user" + i + "@most.gov.vn", seen.minusDays(20), seen}).toList());
        // After the VP rows: a personal-use finding of October's report whose newest evidence is from March, and one of September's.
        new JdbcTemplate(dataSource).update("""
                INSERT INTO finding (period, code, unit_code, address, subject, severity, details, first_seen,
                                     last_seen, job_execution_id)
                VALUES ('2026-10', 'PERSONAL_USE', 'YTE', 'old@most.gov.vn', 'amazon', 'MEDIUM', '{}',
                        '2026-03-01 08:00:00', '2026-03-01 08:00:00', 1),
                       ('2026-09', 'PASSWORD_EXPIRED', 'YTE', 'sep@most.gov.vn', '', 'MEDIUM', '{}',
                        '2026-09-01 08:00:00', '2026-09-30 23:00:00', 1)
                """);
        repository = new FindingRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource), dataSource);
    }

    @Test
    void aWholeMonthExportsExactlyTheFindingsOfItsMonthlyReportAndAPartOfAMonthThoseSeenInIt() {
        try (Stream<PeriodFinding> findings = repository.streamForRange(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), List.of())) {
            assertThat(findings.count()).isEqualTo(repository.countInPeriod("2026-10", List.of()))
                    .isEqualTo(ROWS + 1);
        }
        try (Stream<PeriodFinding> findings = repository.streamForRange(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), List.of("YTE"))) {
            assertThat(findings.map(f -> f.finding().address())).containsExactly("old@most.gov.vn");
        }
        try (Stream<PeriodFinding> findings = repository.streamForRange(LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 10, 20), List.of("YTE"))) {
            assertThat(findings.map(f -> f.period() + " " + f.finding().address()))
                    .as("September seen in the range; October is not whole and its finding was last seen in March")
                    .containsExactly("2026-09 sep@most.gov.vn");
        }
    }

    @Test
    void everyFindingOfTheRangeIsStreamed() {
        try (Stream<PeriodFinding> findings = repository.streamForRange(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), List.of("VP"))) {
            assertThat(findings.filter(f -> f.finding().details().equals(new Details.PasswordExpired(null, 95L, null, null)))
                    .count())
                    .isEqualTo(ROWS);
        }
    }

    @Test
    void rowsAreReadAsTheStreamIsConsumedNotBufferedByTheDriver() {
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx -> {
            try (Stream<PeriodFinding> findings = repository.streamForRange(LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31), List.of())) {
                Iterator<PeriodFinding> rows = findings.iterator();
                assertThat(rows.next().finding().address()).isEqualTo("user0@most.gov.vn");
                // Connector/J refuses a second statement on a connection whose result set is still being streamed.
                assertThatThrownBy(() -> JdbcClient.create(dataSource).sql("SELECT 1").query(Integer.class).single())
                        .hasStackTraceContaining("Streaming result set");
            }
        });
    }
}
