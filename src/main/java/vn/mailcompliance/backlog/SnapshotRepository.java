package vn.mailcompliance.backlog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The daily states of unit mailboxes: one row per unit mailbox per checked day. */
@Repository
public class SnapshotRepository {

    private static final RowMapper<UnitMailboxSnapshot> ROW = (rs, n) -> new UnitMailboxSnapshot(
            rs.getObject("check_date", LocalDate.class),
            rs.getString("address"),
            rs.getObject("checked_at", LocalDateTime.class),
            rs.getInt("unread_count"),
            rs.getObject("oldest_unread_at", LocalDateTime.class),
            rs.getInt("overdue_count"),
            rs.getLong("job_execution_id"));

    private final JdbcClient jdbc;

    SnapshotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the snapshots of days before {@code day}; returns how many. */
    public int purgeBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM unit_mailbox_snapshot WHERE check_date < :day").param("day", day).update();
    }

    public boolean isRecorded(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM unit_mailbox_snapshot WHERE check_date = :day")
                .param("day", day).query(Integer.class).single() > 0;
    }

    /**
     * Stores the states; a mailbox already recorded for that day keeps its row unless {@code replace} is set, so a
     * rerun never loses what an earlier run stored.
     */
    public void save(List<? extends UnitMailboxSnapshot> snapshots, boolean replace) {
        for (UnitMailboxSnapshot snapshot : snapshots) {
            if (replace) {
                jdbc.sql("DELETE FROM unit_mailbox_snapshot WHERE check_date = :day AND address = :address")
                        .param("day", snapshot.checkDate()).param("address", snapshot.address()).update();
            } else if (exists(snapshot)) {
                continue;
            }
            jdbc.sql("""
                            INSERT INTO unit_mailbox_snapshot (check_date, address, checked_at, unread_count,
                                   oldest_unread_at, overdue_count, job_execution_id)
                            VALUES (:day, :address, :checkedAt, :unread, :oldest, :overdue, :job)
                            """)
                    .param("day", snapshot.checkDate())
                    .param("address", snapshot.address())
                    .param("checkedAt", snapshot.checkedAt())
                    .param("unread", snapshot.unreadCount())
                    .param("oldest", snapshot.oldestUnreadAt())
                    .param("overdue", snapshot.overdueCount())
                    .param("job", snapshot.jobExecutionId())
                    .update();
        }
    }

    /** The last day up to {@code day} whose unit mailboxes were checked. */
    public Optional<LocalDate> lastCheckedDay(LocalDate day) {
        return jdbc.sql("SELECT MAX(check_date) FROM unit_mailbox_snapshot WHERE check_date <= :day")
                .param("day", day).query(LocalDate.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    public List<UnitMailboxSnapshot> onDay(LocalDate day) {
        return between(day, day);
    }

    /** The states recorded from {@code first} to {@code last}, both included, by address then day. */
    public List<UnitMailboxSnapshot> between(LocalDate first, LocalDate last) {
        return jdbc.sql("""
                        SELECT * FROM unit_mailbox_snapshot WHERE check_date BETWEEN :first AND :last
                        ORDER BY address, check_date
                        """)
                .param("first", first).param("last", last).query(ROW).list();
    }

    private boolean exists(UnitMailboxSnapshot snapshot) {
        return jdbc.sql("SELECT COUNT(*) FROM unit_mailbox_snapshot WHERE check_date = :day AND address = :address")
                .param("day", snapshot.checkDate()).param("address", snapshot.address())
                .query(Integer.class).single() > 0;
    }
}
