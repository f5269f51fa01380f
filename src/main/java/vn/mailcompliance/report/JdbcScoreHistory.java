package vn.mailcompliance.report;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The score history in the product's database (table {@code unit_score}). */
@Repository
class JdbcScoreHistory implements ScoreHistory {

    private final JdbcClient jdbc;

    JdbcScoreHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void record(YearMonth period, List<UnitScore> scores) {
        jdbc.sql("DELETE FROM unit_score WHERE period = :period").param("period", period.toString()).update();
        for (UnitScore score : scores) {
            jdbc.sql("""
                    INSERT INTO unit_score (period, unit_code, unit_name, mailboxes, in_breach, findings, score)
                    VALUES (:period, :unit, :name, :mailboxes, :inBreach, :findings, :score)
                    """)
                    .param("period", period.toString())
                    .param("unit", score.unitCode())
                    .param("name", score.unitName())
                    .param("mailboxes", score.mailboxes())
                    .param("inBreach", score.inBreach())
                    .param("findings", score.findings())
                    .param("score", score.score())
                    .update();
        }
    }

    @Override
    public NavigableMap<YearMonth, Map<String, UnitScore>> upTo(YearMonth upTo, int periods) {
        List<String> last = jdbc.sql("""
                        SELECT DISTINCT period FROM unit_score WHERE period <= :upTo ORDER BY period DESC LIMIT :n
                        """)
                .param("upTo", upTo.toString())
                .param("n", periods)
                .query(String.class)
                .list();
        NavigableMap<YearMonth, Map<String, UnitScore>> history = new TreeMap<>();
        if (last.isEmpty()) {
            return history;
        }
        jdbc.sql("SELECT * FROM unit_score WHERE period IN (:periods)")
                .param("periods", last)
                .query(rs -> {
                    history.computeIfAbsent(YearMonth.parse(rs.getString("period")), p -> new HashMap<>())
                            .put(rs.getString("unit_code"), new UnitScore(rs.getString("unit_code"),
                                    rs.getString("unit_name"), rs.getInt("mailboxes"), rs.getInt("in_breach"),
                                    rs.getInt("findings"),
                                    rs.getObject("score") == null ? null : rs.getDouble("score")));
                });
        return history;
    }
}
