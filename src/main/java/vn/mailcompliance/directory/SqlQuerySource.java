package vn.mailcompliance.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the operator's SELECT ({@code compliance.directory.query}, default {@code jobs/directory.sql}). It must return
 * every column of {@link #COLUMNS} (values may be NULL): address, display_name, unit_code, unit_name, kind
 * ({@code personal}, {@code unit}, {@code group}; NULL = personal), employee_id, active (1/0), created_at,
 * password_changed_at (NULL = the initial password was never changed), last_login_at, left_on.
 */
final class SqlQuerySource implements DirectorySource {

    static final String KIND = "sql";
    static final List<String> COLUMNS = List.of("address", "display_name", "unit_code", "unit_name", "kind",
            "employee_id", "active", "created_at", "password_changed_at", "last_login_at", "left_on");

    private final DirectoryDatabase database;
    private final Path query;

    SqlQuerySource(DirectoryDatabase database, Path query) {
        this.database = database;
        this.query = query;
    }

    @Override
    public DirectoryRead read() {
        String sql = readQuery();
        DirectoryReadBuilder read = new DirectoryReadBuilder();
        String source = query.getFileName().toString();
        int[] row = {0};
        database.query(sql, this::requireColumns, rs -> {
            row[0]++;
            String raw = rs.getString("address");
            String address = DirectoryReadBuilder.normalise(raw);
            MailboxKind kind = kind(rs.getString("kind"));
            if (kind == null) {
                read.reject(source, row[0], raw, "unknown kind '" + rs.getString("kind")
                        + "': use personal, unit or group");
                return;
            }
            try {
                String unitCode = IRedMailSource.blankToNull(rs.getString("unit_code"));
                Account account = new Account(address, rs.getString("display_name"), unitCode, kind,
                        IRedMailSource.blankToNull(rs.getString("employee_id")), rs.getInt("active") == 1,
                        LocalTimes.dateTime("created_at", rs.getString("created_at")),
                        LocalTimes.dateTime("password_changed_at", rs.getString("password_changed_at")),
                        LocalTimes.dateTime("last_login_at", rs.getString("last_login_at")),
                        LocalTimes.date("left_on", rs.getString("left_on")), KIND);
                String unitName = IRedMailSource.blankToNull(rs.getString("unit_name"));
                Optional<String> tooLong = ColumnLimits.tooLong("unit_name", unitName, ColumnLimits.TEXT);
                if (tooLong.isPresent()) {
                    read.reject(source, row[0], raw, tooLong.get());
                } else if (read.account(source, row[0], raw, account) && unitCode != null && unitName != null) {
                    read.unit(new Unit(ColumnLimits.unitCode(unitCode), unitName.strip()));
                }
            } catch (LocalTimes.UnparseableDate e) {
                read.reject(source, row[0], raw, e.getMessage());
            }
        });
        return read.build();
    }

    private String readQuery() {
        try {
            return Files.readString(query, StandardCharsets.UTF_8).strip().replaceAll(";\\s*$", "");
        } catch (IOException e) {
            throw new DirectoryUnavailableException("Cannot read the directory query " + query.toAbsolutePath()
                    + " (compliance.directory.query): " + e.getMessage()
                    + ". Write the SELECT there or point compliance.directory.query at it.", e);
        }
    }

    private void requireColumns(ResultSetMetaData meta) throws java.sql.SQLException {
        Set<String> present = new HashSet<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            present.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        List<String> missing = COLUMNS.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new DirectoryUnavailableException("The directory query " + query + " returns no column "
                    + String.join(", ", missing) + ". It must return the columns " + String.join(", ", COLUMNS)
                    + " (values may be NULL; see the header of jobs/directory.sql).");
        }
    }

    private static MailboxKind kind(String value) {
        if (value == null || value.isBlank()) {
            return MailboxKind.PERSONAL;
        }
        try {
            return MailboxKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
