package vn.mailcompliance.personaluse;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** On the embedded H2 in MySQL mode, with the URL flags of application.yml. */
class EvidenceRepositoryTest extends EvidenceRepositoryContract {

    private static final DataSource H2 = new DriverManagerDataSource("jdbc:h2:mem:evidence;DB_CLOSE_DELAY=-1;"
            + "MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE", "sa", "");

    @Override
    DataSource dataSource() {
        return H2;
    }
}
