package vn.mailcompliance.report;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The score history kept in memory, for the workbook tests (the database one is tested by the monthly job ITs). */
final class MemoryScoreHistory implements ScoreHistory {

    private final TreeMap<YearMonth, Map<String, UnitScore>> periods = new TreeMap<>();

    @Override
    public void record(YearMonth period, List<UnitScore> scores) {
        Map<String, UnitScore> byUnit = new HashMap<>();
        scores.forEach(score -> byUnit.put(score.unitCode(), score));
        periods.put(period, byUnit);
    }

    @Override
    public NavigableMap<YearMonth, Map<String, UnitScore>> upTo(YearMonth upTo, int count) {
        TreeMap<YearMonth, Map<String, UnitScore>> last = new TreeMap<>();
        periods.headMap(upTo, true).descendingMap().entrySet().stream().limit(count)
                .forEach(e -> last.put(e.getKey(), e.getValue()));
        return last;
    }

    /** Publishes a period's scores as an earlier monthly run would have: the organisation's and some units'. */
    MemoryScoreHistory published(YearMonth period, double organisation, Object... unitScores) {
        List<UnitScore> scores = new java.util.ArrayList<>();
        scores.add(new UnitScore(ORGANISATION, "Bộ", 12, 0, 0, organisation));
        for (int i = 0; i < unitScores.length; i += 2) {
            scores.add(new UnitScore((String) unitScores[i], "", 1, 0, 0, ((Number) unitScores[i + 1]).doubleValue()));
        }
        record(period, scores);
        return this;
    }
}
