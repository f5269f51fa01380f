package vn.mailcompliance.job;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Who runs each job execution and each scan partition (table {@code execution_owner}): this process's host, PID and
 * start time, with a heartbeat renewed every {@link #HEARTBEAT} while it runs. Registered as a listener on every job
 * and on the scan's worker step, so that {@link AbandonedExecutions} can tell a crashed run from a live one.
 *
 * <p>An owner on this host is alive exactly when a process with its PID and start time exists (a reused PID has
 * another start time). An owner on another host is taken as gone when its heartbeat, in the database's own clock, is
 * older than {@link #LEASE}.
 */
@Component
class ExecutionOwners {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration LEASE = Duration.ofMinutes(2);

    enum Kind { JOB, STEP }

    /** The process an execution belongs to, as recorded. */
    record Owner(String host, long pid, long processStartedAt, LocalDateTime heartbeatAt, LocalDateTime databaseNow) {
    }

    private static final Logger log = LoggerFactory.getLogger(ExecutionOwners.class);

    private final JdbcClient jdbc;
    private final String host = hostName();
    private final long pid = ProcessHandle.current().pid();
    private final long startedAt = startOf(ProcessHandle.current());
    private ScheduledExecutorService heartbeat;

    ExecutionOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records this process as the owner of every job execution it runs, from start to end. */
    public JobExecutionListener jobListener() {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                claim(Kind.JOB, execution.getId());
            }

            @Override
            public void afterJob(JobExecution execution) {
                release(Kind.JOB, execution.getId());
            }
        };
    }

    /** Records this process as the owner of every scan partition it runs (a remote worker's, above all). */
    public StepExecutionListener stepListener() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution execution) {
                claim(Kind.STEP, execution.getId());
            }

            @Override
            public ExitStatus afterStep(StepExecution execution) {
                release(Kind.STEP, execution.getId());
                return null;
            }
        };
    }

    void claim(Kind kind, long executionId) {
        jdbc.sql("DELETE FROM execution_owner WHERE kind = :kind AND execution_id = :id")
                .param("kind", kind.name()).param("id", executionId).update();
        jdbc.sql("""
                        INSERT INTO execution_owner (kind, execution_id, host, pid, process_started_at, heartbeat_at)
                        VALUES (:kind, :id, :host, :pid, :started, LOCALTIMESTAMP(3))
                        """)
                .param("kind", kind.name()).param("id", executionId).param("host", host).param("pid", pid)
                .param("started", startedAt)
                .update();
        startHeartbeat();
    }

    void release(Kind kind, long executionId) {
        try {
            forget(kind, executionId);
        } catch (DataAccessException e) {
            // A row left behind names this process; once it has ended, the next run sees it gone.
            log.warn("Could not release the ownership of {} execution {}: {}", kind, executionId, e.getMessage());
        }
    }

    void forget(Kind kind, long executionId) {
        jdbc.sql("DELETE FROM execution_owner WHERE kind = :kind AND execution_id = :id")
                .param("kind", kind.name()).param("id", executionId).update();
    }

    Optional<Owner> owner(Kind kind, long executionId) {
        return jdbc.sql("""
                        SELECT host, pid, process_started_at, heartbeat_at, LOCALTIMESTAMP(3) AS database_now
                        FROM execution_owner WHERE kind = :kind AND execution_id = :id
                        """)
                .param("kind", kind.name()).param("id", executionId)
                .query((rs, n) -> new Owner(rs.getString("host"), rs.getLong("pid"),
                        rs.getLong("process_started_at"), rs.getObject("heartbeat_at", LocalDateTime.class),
                        rs.getObject("database_now", LocalDateTime.class)))
                .optional();
    }

    /** Whether the owner is certainly or probably still running (see the class comment). */
    boolean alive(Owner owner) {
        if (owner.host().equals(host)) {
            return ProcessHandle.of(owner.pid())
                    .filter(ProcessHandle::isAlive)
                    .map(process -> sameStart(startOf(process), owner.processStartedAt()))
                    .orElse(false);
        }
        return owner.heartbeatAt().isAfter(owner.databaseNow().minus(LEASE));
    }

    String describe(Owner owner) {
        return "process " + owner.pid() + " on " + owner.host() + ", last heartbeat " + owner.heartbeatAt();
    }

    private synchronized void startHeartbeat() {
        if (heartbeat != null) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "execution-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            jdbc.sql("""
                            UPDATE execution_owner SET heartbeat_at = LOCALTIMESTAMP(3)
                            WHERE host = :host AND pid = :pid AND process_started_at = :started
                            """)
                    .param("host", host).param("pid", pid).param("started", startedAt)
                    .update();
        } catch (DataAccessException | IllegalStateException e) {
            // The database is away for a moment; the run itself will say so if it lasts.
            log.debug("Heartbeat not recorded: {}", e.getMessage());
        }
    }

    @PreDestroy
    synchronized void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
    }

    /** Start instants are read from the system with a resolution of a clock tick. */
    private static boolean sameStart(long started, long recorded) {
        return started == 0 || recorded == 0 || Math.abs(started - recorded) < 1_000;
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
        }
    }
}
