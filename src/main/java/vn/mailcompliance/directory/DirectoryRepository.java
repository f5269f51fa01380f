package vn.mailcompliance.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synchronised directory in the product's database. Accounts are never deleted: one that left the source is
 * marked gone, so its findings and history stay readable.
 */
@Repository
public class DirectoryRepository {

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

        for (Account account : read.accounts()) {
            Map<String, Object> columns = columns(account, now);
            columns.put("job", jobExecutionId);
            int updated = jdbc.sql("""
                            UPDATE account SET display_name = :displayName, unit_code = :unitCode, kind = :kind,
                                   employee_id = :employeeId, active = :active, created_at = :createdAt,
                                   password_changed_at = :passwordChangedAt, last_login_at = :lastLoginAt,
                                   left_on = :leftOn, source = :source,
                                   password_change_known = :passwordChangeKnown, signs_mail = :signsMail,
                                   password_exempt = :passwordExempt, gone_at = NULL, synced_at = :now,
                                   sync_execution = :job
                            WHERE address = :address
                            """)
                    .params(columns).update();
            if (updated == 0) {
                jdbc.sql("""
                                INSERT INTO account (address, display_name, unit_code, kind, employee_id, active, created_at,
                                       password_changed_at, last_login_at, left_on, source, password_change_known,
                                       signs_mail, password_exempt, synced_at, sync_execution)
                                VALUES (:address, :displayName, :unitCode, :kind, :employeeId, :active, :createdAt,
                                       :passwordChangedAt, :lastLoginAt, :leftOn, :source, :passwordChangeKnown,
                                       :signsMail, :passwordExempt, :now, :job)
                                """)
                        .params(columns).update();
            }
        }
        for (DirectoryRead.Rejection rejection : read.rejections()) {
            String address = DirectoryReadBuilder.normalise(rejection.rowKey());
            if (address != null) {
                jdbc.sql("UPDATE account SET sync_execution = :job WHERE address = :address AND gone_at IS NULL")
                        .param("job", jobExecutionId).param("address", address).update();
            }
        }
        jdbc.sql("""
                UPDATE account SET gone_at = :now
                WHERE gone_at IS NULL AND (sync_execution IS NULL OR sync_execution <> :job)""")
                .param("now", now).param("job", jobExecutionId).update();

        jdbc.sql("DELETE FROM forwarding").update();
        read.forwardings().forEach((address, destinations) -> destinations.forEach(destination ->
                jdbc.sql("INSERT INTO forwarding (address, destination) VALUES (:a, :d)")
                        .param("a", address).param("d", destination).update()));
        jdbc.sql("DELETE FROM group_member").update();
        read.groupMembers().forEach((group, members) -> members.forEach(member ->
                jdbc.sql("INSERT INTO group_member (group_address, member_address) VALUES (:g, :m)")
                        .param("g", group).param("m", member).update()));

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
        return new DirectorySnapshot(units, accounts, pairs("SELECT address, destination FROM forwarding"),
                pairs("SELECT group_address, member_address FROM group_member"));
    }

    /** Maps a row of the {@code account} table, for readers that stream accounts. */
    public static RowMapper<Account> accountRowMapper() {
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
                rs.getBoolean("password_exempt"));
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
        columns.put("now", now);
        return columns;
    }
}
