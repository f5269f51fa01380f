package vn.mailcompliance.shared;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Queries whose rows are read as they arrive instead of all at once. MySQL Connector/J holds a whole result set in
 * memory unless the statement's fetch size is {@link Integer#MIN_VALUE}, a value H2 refuses; other databases honour a
 * positive fetch size. While such a result set is open its connection runs no other statement.
 */
public final class StreamingQueries {

    /** Rows per round trip on databases that take a positive fetch size. */
    static final int FETCH_SIZE = 500;

    private StreamingQueries() {
    }

    /** A client whose queries stream their rows on the database behind {@code dataSource}. */
    public static JdbcClient client(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(fetchSize(productName(dataSource)));
        return JdbcClient.create(template);
    }

    static int fetchSize(String databaseProductName) {
        String product = databaseProductName.toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb") ? Integer.MIN_VALUE : FETCH_SIZE;
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("The product's database cannot be reached to read its product name: "
                    + e.getMessage() + " (check spring.datasource.url)", e);
        }
    }
}
