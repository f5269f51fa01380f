package vn.mailcompliance.imap;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of each mailbox in each job execution (table {@code scan_outcome}). A restarted job execution has a new
 * id, so what a job instance covered is read across all its executions, the latest outcome of a mailbox winning.
 */
@Repository
public class CoverageRepository {

    private static final String OF_INSTANCE = """
            SELECT o.* FROM scan_outcome o
            JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = o.job_execution_id
            WHERE e.JOB_INSTANCE_ID = :instance
              AND o.job_execution_id = (
                  SELECT MAX(o2.job_execution_id) FROM scan_outcome o2
                  JOIN BATCH_JOB_EXECUTION e2 ON e2.JOB_EXECUTION_ID = o2.job_execution_id
                  WHERE e2.JOB_INSTANCE_ID = :instance AND o2.address = o.address)
            ORDER BY o.address
            """;

    private final JdbcClient jdbc;

    CoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether one of the product's own scans read the mailbox at {@code instant} (local time, within
     * {@code tolerance} of a scan's start and end): with a master-user login Dovecot records the auditor's read as the
     * owner's IMAP login, so such a "last login" is the auditor's, not a person's.
     */
    public boolean scannedAround(String address, LocalDateTime instant, Duration tolerance) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM scan_outcome
                        WHERE address = :address AND started_at <= :latest
                          AND COALESCE(finished_at, started_at) >= :earliest""")
                .param("address", address)
                .param("latest", instant.plus(tolerance))
                .param("earliest", instant.minus(tolerance))
                .query(Integer.class).single() > 0;
    }

    /** Records (or, within the same execution, replaces) the outcome of one mailbox. */
    @Transactional
    public void record(long jobExecutionId, ScanOutcome outcome) {
        jdbc.sql("DELETE FROM scan_outcome WHERE job_execution_id = :job AND address = :address")
                .param("job", jobExecutionId).param("address", outcome.address()).update();
        jdbc.sql("""
                        INSERT INTO scan_outcome (job_execution_id, address, status, reason, folders, messages,
                                                  malformed, attempts, started_at, finished_at)
                        VALUES (:job, :address, :status, :reason, :folders, :messages, :malformed, :attempts,
                                :startedAt, :finishedAt)
                        """)
                .param("job", jobExecutionId)
                .param("address", outcome.address())
                .param("status", outcome.status().name())
                .param("reason", truncate(outcome.reason()))
                .param("folders", outcome.folders())
                .param("messages", outcome.messages())
                .param("malformed", outcome.malformed())
                .param("attempts", outcome.attempts())
                .param("startedAt", outcome.startedAt())
                .param("finishedAt", outcome.finishedAt())
                .update();
    }

    public List<ScanOutcome> forJobExecution(long jobExecutionId) {
        return jdbc.sql("SELECT * FROM scan_outcome WHERE job_execution_id = :job ORDER BY address")
                .param("job", jobExecutionId).query(mapper()).list();
    }

    /** The latest outcome of each mailbox over every execution of a job instance (first run and restarts). */
    public List<ScanOutcome> forJobInstance(long jobInstanceId) {
        return jdbc.sql(OF_INSTANCE).param("instance", jobInstanceId).query(mapper()).list();
    }

    /** Mailboxes already scanned by any execution of a job instance, which a restart does not scan again. */
    public Set<String> scannedInInstance(long jobInstanceId) {
        Set<String> scanned = new LinkedHashSet<>();
        forJobInstance(jobInstanceId).stream()
                .filter(o -> o.status() == ScanOutcome.Status.SCANNED)
                .forEach(o -> scanned.add(o.address()));
        return scanned;
    }

    private static RowMapper<ScanOutcome> mapper() {
        return (rs, n) -> new ScanOutcome(
                rs.getString("address"),
                ScanOutcome.Status.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getInt("folders"),
                rs.getInt("messages"),
                rs.getInt("malformed"),
                rs.getInt("attempts"),
                rs.getObject("started_at", LocalDateTime.class),
                rs.getObject("finished_at", LocalDateTime.class));
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }
}
