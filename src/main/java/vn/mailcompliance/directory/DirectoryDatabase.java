package vn.mailcompliance.directory;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The mail server's database as one source reads it. Every failure to read it at all becomes a
 * {@link DirectoryUnavailableException} naming the source (kind, host and port, never the password) and the fix.
 */
final class DirectoryDatabase {

    private static final Pattern AUTHORITY = Pattern.compile("^jdbc:[a-z]+:(?:[a-z]+:)?//(?:[^@/]*@)?([^/?;]+)");

    private final JdbcTemplate jdbc;
    private final String description;

    DirectoryDatabase(DataSource dataSource, String kind, String url) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.description = "the " + kind + " directory at " + location(url);
    }

    static String location(String url) {
        if (url == null || url.isBlank()) {
            return "the product's own database (compliance.directory.url is empty)";
        }
        Matcher matcher = AUTHORITY.matcher(url);
        return matcher.find() ? matcher.group(1) : "compliance.directory.url";
    }

    String description() {
        return description;
    }

    void query(String sql, RowCallbackHandler rows) {
        query(sql, meta -> { }, rows);
    }

    /** Runs the query, first handing its columns to {@code columns} (which may reject them), then each row. */
    void query(String sql, ColumnCheck columns, RowCallbackHandler rows) {
        try {
            jdbc.query(sql, (ResultSetExtractor<Void>) rs -> {
                columns.check(rs.getMetaData());
                while (rs.next()) {
                    rows.processRow(rs);
                }
                return null;
            });
        } catch (DirectoryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    interface ColumnCheck {
        void check(ResultSetMetaData meta) throws SQLException;
    }

    boolean hasTable(String table) {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : new String[] {table, table.toUpperCase()}) {
                try (ResultSet tables = meta.getTables(connection.getCatalog(), null, name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    private DirectoryUnavailableException unavailable(Exception failure) {
        SQLException sql = sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String reason = firstLine(sql == null ? failure : sql);
        if (state.equals("42S22") || state.equals("42S02") || state.equals("42000")) {
            return new DirectoryUnavailableException("Cannot read " + description + ": " + reason
                    + ". The table or column is missing: check compliance.directory.kind against the mail server's"
                    + " schema (or the SELECT of compliance.directory.query).", failure);
        }
        return new DirectoryUnavailableException("Cannot read " + description + ": " + reason
                + ". Check that the database server is running and reachable and that compliance.directory.url,"
                + " username and password are right.", failure);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null) {
            return failure.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message)
                .replaceAll("(?i)(password|pwd)=([^&;\\s]*)", "$1=******");
    }
}
