package vn.mailcompliance.finding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mailcompliance.shared.StreamingQueries;

/**
 * Findings of each period. A finding keeps the first time it was ever seen across periods, so a report can tell a new
 * breach from an ongoing one.
 */
@Repository
public class FindingRepository {

    /** Stored details keys of a waived finding: the waiver's id, its reason, its approver and its last day. */
    static final String WAIVER = "waiver";
    static final String WAIVER_REASON = "waiverReason";
    static final String WAIVER_APPROVER = "waiverApprover";
    static final String WAIVER_UNTIL = "waiverUntil";
    /** Stored details key of the sample subjects of a personal-use finding. */
    static final String SAMPLES = "samples";

    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    /** Findings per batched INSERT, and addresses per look-up of earlier periods. */
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();
    private volatile JdbcClient streaming;

    FindingRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DataSource dataSource) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.dataSource = dataSource;
    }

    /** Removes what an earlier attempt at the period stored, before the period is evaluated again. */
    public void clearPeriod(String period) {
        jdbc.sql("DELETE FROM finding WHERE period = :period").param("period", period).update();
    }

    /**
     * Stores findings of a period. Each keeps the earliest {@code firstSeen} recorded for it in an earlier period, so a
     * breach that goes on from month to month is reported as ongoing, not new. A waived finding is stored with its
     * waiver's id and, after its evidence in the details column, the keys {@value #WAIVER}, {@value #WAIVER_REASON},
     * {@value #WAIVER_APPROVER} and {@value #WAIVER_UNTIL} (ISO date, empty for no end); it is read back as the
     * finding's {@link Finding#waiver()} and is not counted by {@link #countByCode}.
     *
     * @param waived the findings an approved exception covers, with that exception
     */
    @Transactional
    public void add(String period, List<Finding> findings, long jobExecutionId, Map<Finding, Waiver> waived) {
        Map<Key, LocalDateTime> earlier = earlierFirstSeen(period, findings);
        jdbcTemplate.batchUpdate("""
                INSERT INTO finding (period, code, unit_code, address, subject, severity, details, first_seen,
                                     last_seen, waiver_id, job_execution_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, findings, BATCH, (ps, finding) -> {
            LocalDateTime firstSeen = Optional.ofNullable(earlier.get(Key.of(finding)))
                    .filter(seen -> seen.isBefore(finding.firstSeen()))
                    .orElse(finding.firstSeen());
            Waiver waiver = waived.get(finding);
            ps.setString(1, period);
            ps.setString(2, finding.code().name());
            ps.setString(3, finding.unitCode());
            ps.setString(4, Key.address(finding));
            ps.setString(5, finding.subject());
            ps.setString(6, finding.severity().name());
            ps.setString(7, write(withWaiver(finding.details().stored(), waiver)));
            ps.setObject(8, firstSeen);
            ps.setObject(9, finding.lastSeen());
            ps.setString(10, waiver == null ? null : waiver.id());
            ps.setLong(11, jobExecutionId);
        });
    }

    /** Replaces the stored copy of the approved exceptions (the waivers file stays the source of truth). */
    @Transactional
    public void replaceWaivers(List<Waiver> waivers) {
        jdbc.sql("DELETE FROM waiver").update();
        for (Waiver waiver : waivers) {
            jdbc.sql("""
                            INSERT INTO waiver (id, mailbox, unit_code, service, category, code, reason, approver,
                                                valid_until)
                            VALUES (:id, :mailbox, :unit, :service, :category, :code, :reason, :approver, :until)
                            """)
                    .param("id", waiver.id())
                    .param("mailbox", waiver.mailbox())
                    .param("unit", waiver.unitCode())
                    .param("service", waiver.service())
                    .param("category", waiver.category())
                    .param("code", waiver.code() == null ? null : waiver.code().name())
                    .param("reason", waiver.reason())
                    .param("approver", waiver.approver())
                    .param("until", waiver.until())
                    .update();
        }
    }

    public List<Finding> findByPeriod(String period) {
        return jdbc.sql("SELECT * FROM finding WHERE period = :period ORDER BY unit_code, address, code, subject")
                .param("period", period)
                .query((rs, n) -> finding(rs))
                .list();
    }

    /**
     * The findings of the monthly reports of every month the date range touches, optionally of some units only, each
     * with its period, in report order, streamed: close the stream. A month wholly inside the range gives exactly the
     * findings of its monthly report (waived ones included); a month the range covers in part gives those of its
     * findings observed within the range (last seen on or after {@code from}, first seen on or before {@code to}).
     * The rows are read from the database as the stream is consumed, never all held in memory; until the stream is
     * closed its connection runs no other statement.
     */
    public Stream<PeriodFinding> streamForRange(LocalDate from, LocalDate to, Collection<String> unitCodes) {
        String units = unitCodes.isEmpty() ? "" : " AND unit_code IN (:units)";
        var spec = streaming().sql("""
                        SELECT * FROM finding
                        WHERE period BETWEEN :first AND :last
                          AND (period IN (:whole) OR (last_seen >= :from AND first_seen < :to))""" + units
                        + " ORDER BY unit_code, address, code, subject, period")
                .param("first", YearMonth.from(from).toString())
                .param("last", YearMonth.from(to).toString())
                .param("whole", wholeMonths(from, to))
                .param("from", from.atStartOfDay())
                .param("to", to.plusDays(1).atStartOfDay());
        if (!unitCodes.isEmpty()) {
            spec = spec.param("units", List.copyOf(unitCodes));
        }
        return spec.query((rs, n) -> new PeriodFinding(rs.getString("period"), finding(rs))).stream();
    }

    /** How many findings the monthly report of the period lists (waived ones included), of some units or all. */
    public int countInPeriod(String period, Collection<String> unitCodes) {
        String units = unitCodes.isEmpty() ? "" : " AND unit_code IN (:units)";
        var spec = jdbc.sql("SELECT COUNT(*) FROM finding WHERE period = :period" + units).param("period", period);
        if (!unitCodes.isEmpty()) {
            spec = spec.param("units", List.copyOf(unitCodes));
        }
        return spec.query(Integer.class).single();
    }

    /** The months wholly inside the range; a value no period has when there is none, so that IN () stays valid. */
    static List<String> wholeMonths(LocalDate from, LocalDate to) {
        List<String> whole = new java.util.ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            if (!from.isAfter(month.atDay(1)) && !to.isBefore(month.atEndOfMonth())) {
                whole.add(month.toString());
            }
        }
        return whole.isEmpty() ? List.of("-") : whole;
    }

    /** Findings of the period per code, waived findings left out. */
    public Map<FindingCode, Integer> countByCode(String period) {
        Map<FindingCode, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT code, COUNT(*) AS n FROM finding WHERE period = :period AND waiver_id IS NULL GROUP BY code")
                .param("period", period)
                .query(rs -> {
                    counts.put(FindingCode.valueOf(rs.getString("code")), rs.getInt("n"));
                });
        return counts;
    }

    private Finding finding(ResultSet rs) throws SQLException {
        FindingCode code = FindingCode.valueOf(rs.getString("code"));
        Map<String, String> stored = read(rs.getString("details"));
        return new Finding(
                emptyToNull(rs.getString("address")),
                rs.getString("unit_code"),
                code,
                rs.getString("subject"),
                Details.fromStored(code, stored),
                rs.getObject("first_seen", LocalDateTime.class),
                rs.getObject("last_seen", LocalDateTime.class),
                waived(stored));
    }

    /** The waiver a finding was stored with, from its details; {@code null} for none. */
    private static Finding.Waived waived(Map<String, String> stored) {
        String id = stored.get(WAIVER);
        if (id == null || id.isEmpty()) {
            return null;
        }
        String until = stored.get(WAIVER_UNTIL);
        return new Finding.Waived(id, stored.get(WAIVER_REASON), stored.get(WAIVER_APPROVER),
                until == null || until.isEmpty() ? null : LocalDate.parse(until));
    }

    private JdbcClient streaming() {
        if (streaming == null) {
            streaming = StreamingQueries.client(dataSource);
        }
        return streaming;
    }

    /**
     * The earliest first-seen of each finding's identity in earlier periods, in one query per {@value #BATCH}
     * addresses rather than one per finding.
     */
    private Map<Key, LocalDateTime> earlierFirstSeen(String period, List<Finding> findings) {
        List<String> addresses = findings.stream().map(Key::address).distinct().toList();
        Map<Key, LocalDateTime> earliest = new HashMap<>();
        for (int start = 0; start < addresses.size(); start += BATCH) {
            jdbc.sql("""
                            SELECT code, address, subject, MIN(first_seen) AS first_seen FROM finding
                            WHERE period < :period AND address IN (:addresses)
                            GROUP BY code, address, subject
                            """)
                    .param("period", period)
                    .param("addresses", addresses.subList(start, Math.min(addresses.size(), start + BATCH)))
                    .query(rs -> {
                        earliest.put(new Key(rs.getString("code"), rs.getString("address"), rs.getString("subject")),
                                rs.getObject("first_seen", LocalDateTime.class));
                    });
        }
        return earliest;
    }

    /** What identifies a finding across periods. */
    private record Key(String code, String address, String subject) {

        static Key of(Finding finding) {
            return new Key(finding.code().name(), address(finding), finding.subject());
        }

        static String address(Finding finding) {
            return finding.address() == null ? "" : finding.address();
        }
    }

    /** Deletes the findings of every period before {@code period} (YYYY-MM); returns how many. */
    @Transactional
    public int purgePeriodsBefore(String period) {
        return jdbc.sql("DELETE FROM finding WHERE period < :period").param("period", period).update();
    }

    /**
     * Drops the sample subjects ({@code samples}) from the details of findings of periods before {@code period}
     * (YYYY-MM), once the evidence they were taken from is past its retention; returns how many findings changed.
     */
    @Transactional
    public int forgetSampleSubjectsBefore(String period) {
        record Stored(long id, String details) {
        }
        List<Stored> withSamples = jdbc.sql("""
                        SELECT id, details FROM finding
                        WHERE period < :period AND details LIKE :samples""")
                .param("period", period).param("samples", "%\"" + SAMPLES + "\"%")
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("details"))).list();
        int changed = 0;
        for (Stored stored : withSamples) {
            Map<String, String> details = read(stored.details());
            if (details.remove(SAMPLES) != null) {
                changed += jdbc.sql("UPDATE finding SET details = :details WHERE id = :id")
                        .param("details", write(details)).param("id", stored.id()).update();
            }
        }
        return changed;
    }

    private static Map<String, String> withWaiver(Map<String, String> details, Waiver waiver) {
        if (waiver == null) {
            return details;
        }
        Map<String, String> waived = new LinkedHashMap<>(details);
        waived.put(WAIVER, waiver.id());
        waived.put(WAIVER_REASON, waiver.reason());
        waived.put(WAIVER_APPROVER, waiver.approver());
        waived.put(WAIVER_UNTIL, waiver.until() == null ? "" : waiver.until().toString());
        return waived;
    }

    private String write(Map<String, String> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Finding details cannot be written as JSON: " + details, e);
        }
    }

    private Map<String, String> read(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored finding details are not JSON: " + details, e);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
