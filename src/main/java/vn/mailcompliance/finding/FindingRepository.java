package vn.mailcompliance.finding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Findings of each period. A finding keeps the first time it was ever seen across periods, so a report can tell a new
 * breach from an ongoing one.
 */
@Repository
public class FindingRepository {

    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes what an earlier attempt at the period stored, before the period is evaluated again. */
    public void clearPeriod(String period) {
        jdbc.sql("DELETE FROM finding WHERE period = :period").param("period", period).update();
    }

    /**
     * Stores findings of a period. Each keeps the earliest {@code firstSeen} recorded for it in an earlier period, so a
     * breach that goes on from month to month is reported as ongoing, not new.
     */
    @Transactional
    public void add(String period, List<Finding> findings, long jobExecutionId) {
        for (Finding finding : findings) {
            LocalDateTime firstSeen = earlierFirstSeen(period, finding)
                    .filter(earlier -> earlier.isBefore(finding.firstSeen()))
                    .orElse(finding.firstSeen());
            jdbc.sql("""
                    INSERT INTO finding (period, code, unit_code, address, subject, severity, details, first_seen,
                                         last_seen, job_execution_id)
                    VALUES (:period, :code, :unit, :address, :subject, :severity, :details, :firstSeen, :lastSeen, :job)
                    """)
                    .param("period", period)
                    .param("code", finding.code().name())
                    .param("unit", finding.unitCode())
                    .param("address", finding.address() == null ? "" : finding.address())
                    .param("subject", finding.subject())
                    .param("severity", finding.severity().name())
                    .param("details", write(finding.details()))
                    .param("firstSeen", firstSeen)
                    .param("lastSeen", finding.lastSeen())
                    .param("job", jobExecutionId)
                    .update();
        }
    }

    public List<Finding> findByPeriod(String period) {
        return jdbc.sql("SELECT * FROM finding WHERE period = :period ORDER BY unit_code, address, code, subject")
                .param("period", period)
                .query((rs, n) -> new Finding(
                        emptyToNull(rs.getString("address")),
                        rs.getString("unit_code"),
                        FindingCode.valueOf(rs.getString("code")),
                        rs.getString("subject"),
                        read(rs.getString("details")),
                        rs.getObject("first_seen", LocalDateTime.class),
                        rs.getObject("last_seen", LocalDateTime.class)))
                .list();
    }

    /**
     * Findings seen in the date range, optionally of some units only, each with its period, in report order, streamed:
     * close the stream.
     */
    public Stream<PeriodFinding> streamSeenBetween(LocalDate from, LocalDate to, Collection<String> unitCodes) {
        String units = unitCodes.isEmpty() ? "" : " AND unit_code IN (:units)";
        var spec = jdbc.sql("SELECT * FROM finding WHERE last_seen >= :from AND first_seen < :to" + units
                        + " ORDER BY unit_code, address, code, subject, period")
                .param("from", from.atStartOfDay())
                .param("to", to.plusDays(1).atStartOfDay());
        if (!unitCodes.isEmpty()) {
            spec = spec.param("units", List.copyOf(unitCodes));
        }
        return spec.query((rs, n) -> new PeriodFinding(rs.getString("period"), new Finding(
                        emptyToNull(rs.getString("address")),
                        rs.getString("unit_code"),
                        FindingCode.valueOf(rs.getString("code")),
                        rs.getString("subject"),
                        read(rs.getString("details")),
                        rs.getObject("first_seen", LocalDateTime.class),
                        rs.getObject("last_seen", LocalDateTime.class))))
                .stream();
    }

    public Map<FindingCode, Integer> countByCode(String period) {
        Map<FindingCode, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT code, COUNT(*) AS n FROM finding WHERE period = :period GROUP BY code")
                .param("period", period)
                .query(rs -> {
                    counts.put(FindingCode.valueOf(rs.getString("code")), rs.getInt("n"));
                });
        return counts;
    }

    private Optional<LocalDateTime> earlierFirstSeen(String period, Finding finding) {
        return jdbc.sql("""
                        SELECT MIN(first_seen) FROM finding
                        WHERE period < :period AND code = :code AND address = :address AND subject = :subject
                        """)
                .param("period", period)
                .param("code", finding.code().name())
                .param("address", finding.address() == null ? "" : finding.address())
                .param("subject", finding.subject())
                .query(LocalDateTime.class)
                .optional();
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
