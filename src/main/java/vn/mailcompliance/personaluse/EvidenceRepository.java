package vn.mailcompliance.personaluse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.shared.StreamingQueries;

/**
 * Personal-use evidence of every mailbox (table {@code personal_use_evidence}), kept across months. A message is
 * stored once: the same mailbox, folder, UIDVALIDITY and UID read again by a rescan is ignored.
 *
 * <p>Stored evidence is never deleted by a scan, so the reports of completed periods and their audit exports rest on
 * rows that do not change. When a folder's UIDVALIDITY changes, its rescan stores only the messages not already
 * stored for that folder under another UIDVALIDITY (the same arrival, service and subject).
 *
 * <p>Writes are deadlock-free by design: each batch is one short READ COMMITTED transaction of its own (no gap locks,
 * whatever the pool's isolation) that only inserts keys of the scanning thread's own mailbox; a transaction chosen
 * as a deadlock victim all the same is run again, which is safe because it is idempotent.
 */
@Repository
public class EvidenceRepository {

    /**
     * The longest subject stored: the 80 characters a workbook can show (personal data is kept no larger than it is
     * used); a longer one is cut as the samples are ({@link ServiceUsage#cut}).
     */
    static final int MAX_SUBJECT = ServiceUsage.MAX_SAMPLE_LENGTH;

    private static final String INSERT = """
            INSERT IGNORE INTO personal_use_evidence (address, folder, uid_validity, uid, service, category, kind,
                                                      authenticity, received_at, subject)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** Tries of a batch chosen as a deadlock victim. */
    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(EvidenceRepository.class);

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final TransactionTemplate ownTransaction;
    private volatile JdbcClient streaming;

    EvidenceRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc, ComplianceProperties settings,
                       PlatformTransactionManager transactionManager) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.zone = settings.zone();
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Stores the evidence of one mailbox in a transaction of its own; what is already stored for a message is kept as
     * it is, and a message already stored under another UIDVALIDITY of its folder is not stored again.
     */
    public void add(String address, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> insert(address, notYetStored(address, evidence)));
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Evidence of {} chosen as a deadlock victim; writing it again (attempt {} of {})", address,
                        attempt + 1, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** Leaves out what an earlier UIDVALIDITY of the folder already stored: one message read under both. */
    private List<Evidence> notYetStored(String address, List<Evidence> evidence) {
        Map<String, List<Evidence>> byFolder = evidence.stream()
                .collect(Collectors.groupingBy(Evidence::folder, LinkedHashMap::new, Collectors.toList()));
        List<Evidence> fresh = new ArrayList<>(evidence.size());
        byFolder.forEach((folder, batch) -> {
            Set<MessageKey> earlier = new HashSet<>(jdbc.sql("""
                            SELECT received_at, service, subject FROM personal_use_evidence
                            WHERE address = :address AND folder = :folder AND uid_validity <> :validity
                            """)
                    .param("address", address).param("folder", folder).param("validity", batch.get(0).uidValidity())
                    .query((rs, n) -> new MessageKey(rs.getObject("received_at", LocalDateTime.class),
                            rs.getString("service"), rs.getString("subject")))
                    .list());
            for (Evidence e : batch) {
                if (!earlier.contains(key(e))) {
                    fresh.add(e);
                }
            }
        });
        return fresh;
    }

    private MessageKey key(Evidence e) {
        return new MessageKey(e.receivedAt() == null ? null
                : LocalDateTime.ofInstant(e.receivedAt(), zone).truncatedTo(ChronoUnit.MILLIS), e.service(),
                e.subject() == null ? null : ServiceUsage.cut(e.subject()));
    }

    /** What tells one message from another across the UIDVALIDITIES of its folder. */
    private record MessageKey(LocalDateTime receivedAt, String service, String subject) {
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing evidence", e);
        }
    }

    private void insert(String address, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate(INSERT, evidence, evidence.size(), (ps, e) -> {
            ps.setString(1, address);
            ps.setString(2, e.folder());
            ps.setLong(3, e.uidValidity());
            ps.setLong(4, e.uid());
            ps.setString(5, e.service());
            ps.setString(6, e.category().name());
            ps.setString(7, (e.kind() == null ? MessageKind.MARKETING : e.kind()).name());
            ps.setString(8, e.authenticity().name());
            ps.setObject(9, e.receivedAt() == null ? null : LocalDateTime.ofInstant(e.receivedAt(), zone));
            ps.setString(10, e.subject() == null ? null : ServiceUsage.cut(e.subject()));
        });
    }

    /**
     * Deletes the evidence that arrived before {@code cutoff} (local time in {@code compliance.zone}), as the retention
     * of {@code compliance.retention.evidence} requires; returns how many messages were forgotten.
     */
    public int purgeReceivedBefore(LocalDateTime cutoff) {
        return jdbc.sql("DELETE FROM personal_use_evidence WHERE received_at < :cutoff")
                .param("cutoff", cutoff).update();
    }

    /** Every piece of evidence of a mailbox that arrived by {@code upTo}, oldest first. */
    public List<Evidence> forMailbox(String address, Instant upTo) {
        return jdbc.sql("""
                        SELECT * FROM personal_use_evidence
                        WHERE address = :address AND received_at <= :upTo
                        ORDER BY received_at, folder, uid
                        """)
                .param("address", address)
                .param("upTo", LocalDateTime.ofInstant(upTo, zone))
                .query((rs, n) -> evidence(rs))
                .list();
    }

    /**
     * The mailboxes holding any evidence that arrived by {@code upTo}, so that a pass over the whole directory asks
     * {@link #forMailbox} only for those.
     */
    public Set<String> mailboxesWithEvidence(Instant upTo) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT address FROM personal_use_evidence WHERE received_at <= :upTo")
                .param("upTo", LocalDateTime.ofInstant(upTo, zone))
                .query(String.class)
                .list());
    }

    /**
     * The evidence that arrived in the date range (both days included, local days in {@code compliance.zone}),
     * of mailboxes of the given units only unless none is given, SPOOFED evidence included
     * ({@link StoredEvidence#probableSpoof()}), by unit, mailbox and arrival. Streamed: the rows are read from the
     * database as the stream is consumed and its connection runs no other statement until the stream is closed.
     */
    public Stream<StoredEvidence> streamBetween(LocalDate from, LocalDate to, Collection<String> units) {
        String unitFilter = units.isEmpty() ? "" : " AND a.unit_code IN (:units)";
        var spec = streaming().sql("SELECT e.*, a.unit_code FROM personal_use_evidence e"
                        + " LEFT JOIN account a ON a.address = e.address"
                        + " WHERE e.received_at >= :from AND e.received_at < :to" + unitFilter
                        + " ORDER BY a.unit_code, e.address, e.received_at, e.folder, e.uid")
                .param("from", from.atStartOfDay())
                .param("to", to.plusDays(1).atStartOfDay());
        if (!units.isEmpty()) {
            spec = spec.param("units", List.copyOf(units));
        }
        return spec.query((rs, n) -> new StoredEvidence(rs.getString("address"), rs.getString("unit_code"),
                evidence(rs))).stream();
    }

    private JdbcClient streaming() {
        if (streaming == null) {
            streaming = StreamingQueries.client(jdbcTemplate.getDataSource());
        }
        return streaming;
    }

    private Evidence evidence(ResultSet rs) throws SQLException {
        LocalDateTime received = rs.getObject("received_at", LocalDateTime.class);
        return new Evidence(
                rs.getString("service"),
                Category.valueOf(rs.getString("category")),
                MessageKind.valueOf(rs.getString("kind")),
                Authenticity.valueOf(rs.getString("authenticity")),
                received == null ? null : received.atZone(zone).toInstant(),
                rs.getString("subject"),
                rs.getString("folder"),
                rs.getLong("uid_validity"),
                rs.getLong("uid"));
    }
}
