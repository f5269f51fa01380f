package vn.mailcompliance.finding;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The product's schema on an in-memory H2 in MySQL mode (the embedded default), migrated, without findings. */
final class EmbeddedFindingStore {

    private final JdbcTemplate jdbc;
    private final FindingRepository repository;

    EmbeddedFindingStore(String name) {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=MySQL;"
                + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE", "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(h2);
        jdbc.update("DELETE FROM finding");
        repository = new FindingRepository(JdbcClient.create(h2), jdbc, h2);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    FindingRepository repository() {
        return repository;
    }
}
