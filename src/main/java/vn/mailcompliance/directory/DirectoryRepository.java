package vn.mailcompliance.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synchronised directory in the product's database. Accounts are never deleted: one that left the source is
 * marked gone, so its findings and history stay readable.
 */
@Repository
public class DirectoryRepository {

    /** Accounts per batched statement. */
    private static final int BATCH = 1_000;

    private static final String UPDATE_ACCOUNT = """
            UPDATE account SET display_name = :displayName, unit_code = :unitCode, kind = :kind,
                   employee_id = :employeeId, active = :active, created_at = :createdAt,
                   password_changed_at = :passwordChangedAt, last_login_at = :lastLoginAt,
                   last_delivery_at = :lastDeliveryAt, left_on = :leftOn, source = :source,
                   password_change_known = :passwordChangeKnown, signs_mail = :signsMail,
                   password_exempt = :passwordExempt, gone_at = NULL, synced_at = :now,
                   sync_execution = :job
            WHERE address = :address
            """;

    private static final String INSERT_ACCOUNT = """
            INSERT INTO account (address, display_name, unit_code, kind, employee_id, active, created_at,
                   password_changed_at, last_login_at, left_on, source, password_change_known,
                   signs_mail, password_exempt, last_delivery_at, synced_at, sync_execution)
            VALUES (:address, :displayName, :unitCode, :kind, :employeeId, :active, :createdAt,
                   :passwordChangedAt, :lastLoginAt, :leftOn, :source, :passwordChangeKnown,
                   :signsMail, :passwordExempt, :lastDeliveryAt, :now, :job)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    DirectoryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * Upserts what the read yielded and marks gone what it no longer holds. What is gone is decided by the job
     * execution that last saw a row, not by time, so re-running a period (same instant) or an earlier period still
     * marks exactly the rows the source dropped. An account whose row was rejected this time is kept as last stored.
     * A read without any account while accounts are stored is refused: it is a wrong source, not an empty ministry.
     */
    @Transactional
    public void store(DirectoryRead read, long jobExecutionId, LocalDateTime now) {
        refuseEmptyRead(read);
        for (Unit unit : read.units()) {
            int updated = jdbc.sql("""
                            UPDATE unit SET name = :name, leader_email = :leader, gone_at = NULL, synced_at = :now,
                                   sync_execution = :job
                            WHERE code = :code""")
                    .param("name", unit.name()).param("leader", unit.leaderEmail()).param("now", now)
                    .param("job", jobExecutionId)
                    .param("code", unit.code()).update();
            if (updated == 0) {
                jdbc.sql("""
                                INSERT INTO unit (code, name, leader_email, synced_at, sync_execution)
                                VALUES (:code, :name, :leader, :now, :job)""")
                        .param("code", unit.code()).param("name", unit.name()).param("leader", unit.leaderEmail())
                        .param("now", now)
                        .param("job", jobExecutionId).update();
            }
        }
        jdbc.sql("""
                UPDATE unit SET gone_at = :now
                WHERE gone_at IS NULL AND (sync_execution IS NULL OR sync_execution <> :job)""")
                .param("now", now).param("job", jobExecutionId).update();

        // One batch of UPDATEs for the accounts already stored and one of INSERTs for the new ones, rather than a
        // round trip per account: the sync of a large directory is otherwise bound by the database's latency.
        Set<String> stored = new HashSet<>(jdbc.sql("SELECT address FROM account").query(String.class).list());
        // Slices of BATCH accounts, so that the parameters of a large directory are never all held at once.
        for (int start = 0; start < read.accounts().size(); start += BATCH) {
            List<SqlParameterSource> updates = new ArrayList<>();
            List<SqlParameterSource> inserts = new ArrayList<>();
            for (Account account : read.accounts().subList(start, Math.min(read.accounts().size(), start + BATCH))) {
                Map<String, Object> columns = columns(account, now);
                columns.put("job", jobExecutionId);
                (stored.contains(account.address()) ? updates : inserts).add(new MapSqlParameterSource(columns));
            }
            named.batchUpdate(UPDATE_ACCOUNT, updates.toArray(SqlParameterSource[]::new));
            named.batchUpdate(INSERT_ACCOUNT, inserts.toArray(SqlParameterSource[]::new));
        }
        named.batchUpdate("UPDATE account SET sync_execution = :job WHERE address = :address AND gone_at IS NULL",
                read.rejections().stream()
                        .map(rejection -> DirectoryReadBuilder.normalise(rejection.rowKey()))
                        .filter(Objects::nonNull)
                        .map(address -> new MapSqlParameterSource("job", jobExecutionId).addValue("address", address))
                        .toArray(SqlParameterSource[]::new));
        jdbc.sql("""
                UPDATE account SET gone_at = :now
                WHERE gone_at IS NULL AND (sync_execution IS NULL OR sync_execution <> :job)""")
                .param("now", now).param("job", jobExecutionId).update();

        jdbc.sql("DELETE FROM forwarding").update();
        named.getJdbcTemplate().batchUpdate("INSERT INTO forwarding (address, destination) VALUES (?, ?)",
                pairs(read.forwardings()));
        jdbc.sql("DELETE FROM group_member").update();
        named.getJdbcTemplate().batchUpdate("INSERT INTO group_member (group_address, member_address) VALUES (?, ?)",
                pairs(read.groupMembers()));

        jdbc.sql("DELETE FROM staff_without_mailbox").update();
        named.batchUpdate("""
                        INSERT INTO staff_without_mailbox (source, row_no, unit_code, full_name, employee_id, mailbox,
                                                           reason)
                        VALUES (:source, :row, :unit, :name, :employeeId, :mailbox, :reason)""",
                read.staffWithoutMailbox().stream()
                        .map(member -> new MapSqlParameterSource("source", member.source())
                                .addValue("row", member.rowNumber()).addValue("unit", member.unitCode())
                                .addValue("name", member.fullName()).addValue("employeeId", member.employeeId())
                                .addValue("mailbox", member.mailbox()).addValue("reason", member.reason()))
                        .toArray(SqlParameterSource[]::new));

        jdbc.sql("DELETE FROM directory_source_policy").update();
        read.sourcePolicy().forEach((name, value) ->
                jdbc.sql("INSERT INTO directory_source_policy (policy_name, policy_value) VALUES (:n, :v)")
                        .param("n", name).param("v", value).update());

        for (DirectoryRead.Rejection rejection : read.rejections()) {
            jdbc.sql("""
                            INSERT INTO directory_rejection (job_execution_id, source, row_no, row_key, reason)
                            VALUES (:job, :source, :row, :key, :reason)
                            """)
                    .param("job", jobExecutionId).param("source", rejection.source())
                    .param("row", rejection.rowNumber()).param("key", rejection.rowKey())
                    .param("reason", rejection.reason()).update();
        }
    }

    private void refuseEmptyRead(DirectoryRead read) {
        if (read.accounts().isEmpty()) {
            Integer stored = jdbc.sql("SELECT COUNT(*) FROM account WHERE gone_at IS NULL").query(Integer.class).single();
            if (stored > 0) {
                throw new DirectoryUnavailableException("The directory source returned no account while " + stored
                        + " are stored: nothing was changed. Check compliance.directory.kind, url and query.");
            }
        }
    }

    /** The directory as last synchronised: units and accounts still present in the source. */
    public DirectorySnapshot snapshot() {
        List<Unit> units = jdbc.sql("SELECT code, name, leader_email FROM unit WHERE gone_at IS NULL ORDER BY code")
                .query((rs, n) -> new Unit(rs.getString("code"), rs.getString("name"), rs.getString("leader_email")))
                .list();
        List<Account> accounts = jdbc.sql("SELECT * FROM account WHERE gone_at IS NULL ORDER BY unit_code, address")
                .query(accountRowMapper()).list();
        List<DirectoryRead.StaffMember> staff = jdbc.sql("SELECT * FROM staff_without_mailbox ORDER BY row_no")
                .query((rs, n) -> new DirectoryRead.StaffMember(rs.getString("source"), rs.getInt("row_no"),
                        rs.getString("unit_code"), rs.getString("full_name"), rs.getString("employee_id"),
                        rs.getString("mailbox"), rs.getString("reason")))
                .list();
        return new DirectorySnapshot(units, accounts, pairs("SELECT address, destination FROM forwarding"),
                pairs("SELECT group_address, member_address FROM group_member"), staff);
    }

    /**
     * Streams the present accounts of a scope in address order, for a chunk-oriented step; {@code name} keys its
     * position in the step's execution context.
     */
    public ItemStreamReader<Account> accountReader(String name, AccountScope scope) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM account WHERE gone_at IS NULL AND kind IN (")
                .append(String.join(", ", scope.kinds().stream().map(kind -> "'" + kind.name() + "'").sorted()
                        .toList()))
                .append(")");
        if (scope.first() != null) {
            sql.append(" AND address >= ?");
            arguments.add(scope.first());
        }
        if (scope.last() != null) {
            sql.append(" AND address <= ?");
            arguments.add(scope.last());
        }
        return new ScopedAccountReader(new JdbcCursorItemReaderBuilder<Account>()
                .name(name)
                .dataSource(named.getJdbcTemplate().getDataSource())
                .sql(sql.append(" ORDER BY address").toString())
                .queryArguments(arguments.toArray())
                .rowMapper(accountRowMapper())
                .saveState(scope.alreadyDone() == null)
                .build(), scope);
    }

    /** Maps a row of the {@code account} table. */
    private static RowMapper<Account> accountRowMapper() {
        return (rs, n) -> new Account(
                rs.getString("address"),
                rs.getString("display_name"),
                rs.getString("unit_code"),
                MailboxKind.valueOf(rs.getString("kind")),
                rs.getString("employee_id"),
                rs.getBoolean("active"),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("password_changed_at", LocalDateTime.class),
                rs.getObject("last_login_at", LocalDateTime.class),
                rs.getObject("left_on", LocalDate.class),
                rs.getString("source"),
                rs.getBoolean("password_change_known"),
                rs.getBoolean("signs_mail"),
                rs.getBoolean("password_exempt"),
                rs.getObject("last_delivery_at", LocalDateTime.class));
    }

    /** The mail server's own password policy as last synchronised (see {@link DirectoryRead#sourcePolicy()}). */
    public Map<String, String> sourcePolicy() {
        Map<String, String> policy = new LinkedHashMap<>();
        jdbc.sql("SELECT policy_name, policy_value FROM directory_source_policy ORDER BY policy_name")
                .query(rs -> {
                    policy.put(rs.getString("policy_name"), rs.getString("policy_value"));
                });
        return policy;
    }

    public List<DirectoryRead.Rejection> rejections(long jobExecutionId) {
        return jdbc.sql("SELECT * FROM directory_rejection WHERE job_execution_id = :job ORDER BY id")
                .param("job", jobExecutionId)
                .query((rs, n) -> new DirectoryRead.Rejection(rs.getString("source"), rs.getInt("row_no"),
                        rs.getString("row_key"), rs.getString("reason")))
                .list();
    }

    private static List<Object[]> pairs(Map<String, List<String>> lists) {
        List<Object[]> pairs = new ArrayList<>();
        lists.forEach((key, values) -> values.forEach(value -> pairs.add(new Object[] {key, value})));
        return pairs;
    }

    private Map<String, List<String>> pairs(String sql) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        jdbc.sql(sql + " ORDER BY 1, 2").query(rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return result;
    }

    private static Map<String, Object> columns(Account account, LocalDateTime now) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("address", account.address());
        columns.put("displayName", account.displayName());
        columns.put("unitCode", account.unitCode());
        columns.put("kind", account.kind().name());
        columns.put("employeeId", account.employeeId());
        columns.put("active", account.active());
        columns.put("createdAt", account.createdAt());
        columns.put("passwordChangedAt", account.passwordChangedAt());
        columns.put("lastLoginAt", account.lastLoginAt());
        columns.put("leftOn", account.leftOn());
        columns.put("source", account.source());
        columns.put("passwordChangeKnown", account.passwordChangeKnown());
        columns.put("signsMail", account.signsMail());
        columns.put("passwordExempt", account.passwordExempt());
        columns.put("lastDeliveryAt", account.lastDeliveryAt());
        columns.put("now", now);
        return columns;
    }
}
