package vn.mailcompliance.notify;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Every reminder mailed or refused, so that none is repeated too soon and the Method sheet can count them. */
@Repository
public class ReminderRepository {

    static final String SENT = "SENT";
    static final String REFUSED = "REFUSED";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    ReminderRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Waits until no other run (in any process) is sending reminders, and keeps them waiting until the caller's
     * transaction ends; then what that run recorded is visible to {@link #sentSince}. The lock is a row lock on
     * {@code notify_lock} only, which {@link #record} (another transaction, on table {@code reminder}) never waits
     * for.
     */
    void lockRuns() {
        jdbc.sql("SELECT id FROM notify_lock WHERE id = 1 FOR UPDATE").query(Integer.class).list();
    }

    /**
     * What tells one reminder's reason from another's when none is to be repeated within
     * {@code compliance.notify.repeat-after}: its kind, recipient and the mailbox it is about, as recorded.
     */
    record Key(String kind, String recipient, String about) {

        static Key of(Reminder reminder) {
            return new Key(reminder.kind().name(), reminder.recipient().toLowerCase(), reminder.about().toLowerCase());
        }
    }

    /** The reminders mailed after {@code since}, read at once for a whole run (the caller adds what it sends). */
    Set<Key> sentSince(LocalDateTime since) {
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT kind, recipient, about FROM reminder WHERE status = 'SENT' AND sent_at > :since
                        """)
                .param("since", since)
                .query((rs, n) -> new Key(rs.getString("kind"), rs.getString("recipient").toLowerCase(),
                        rs.getString("about").toLowerCase()))
                .list());
    }

    /**
     * Records a reminder mailed or refused and commits it at once, in a transaction of its own (READ COMMITTED: an
     * insert takes no gap locks), whatever transaction the caller is in: a mail that went out stays recorded when the
     * run fails later, so the next run does not send it again.
     */
    void record(Reminder reminder, String status, String reason, String subject, LocalDateTime at) {
        ownTransaction.executeWithoutResult(transaction -> insert(reminder, status, reason, subject, at));
    }

    private void insert(Reminder reminder, String status, String reason, String subject, LocalDateTime at) {
        Key key = Key.of(reminder);
        jdbc.sql("""
                        INSERT INTO reminder (kind, recipient, about, unit_code, status, reason, subject, sent_at)
                        VALUES (:kind, :recipient, :about, :unit, :status, :reason, :subject, :at)
                        """)
                .param("kind", key.kind())
                .param("recipient", key.recipient())
                .param("about", key.about())
                .param("unit", reminder.unitCode())
                .param("status", status)
                .param("reason", reason == null ? null : abbreviate(reason, 1000))
                .param("subject", subject == null ? null : abbreviate(subject, 998))
                .param("at", at)
                .update();
    }

    /** Reminders mailed from {@code from} (inclusive) to {@code to} (exclusive), local times. */
    public int countSent(LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder WHERE status = 'SENT' AND sent_at >= :from AND sent_at < :to")
                .param("from", from).param("to", to).query(Integer.class).single();
    }

    /** Reminders mailed so far, for the metrics. */
    public int countSent() {
        return jdbc.sql("SELECT COUNT(*) FROM reminder WHERE status = 'SENT'").query(Integer.class).single();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
