package vn.mailcompliance.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.report.ScoreHistory.UnitScore;

/**
 * The month's figures of every unit, ranked worst first, the organisation's total, and the scores of the last twelve
 * evaluated periods. Built once per monthly run: the ministry workbook and every unit's workbook show the same
 * figures.
 *
 * @param units             every unit, worst score first; units with nothing to score, and mailboxes of no unit, last
 * @param ranks             rank of each scored unit by score, 1 the best; units with equal scores share a rank
 * @param previousEvaluated whether last month's scores were published
 * @param trend             the published scores of the last twelve evaluated periods, this one included
 */
record Scoreboard(YearMonth period, List<UnitFigures> units, UnitFigures total, Map<String, Integer> ranks,
                  boolean previousEvaluated, NavigableMap<YearMonth, Map<String, UnitScore>> trend) {

    static final int TREND_PERIODS = 12;

    /** Computes the figures, publishes them to the history and reads the trend back. */
    static Scoreboard publish(MonthlyReport report, MailboxNames names, Scoring scoring, ScoreHistory history,
                              String totalLabel) {
        Map<String, UnitScore> previous = history.upTo(report.period().minusMonths(1), 1)
                .getOrDefault(report.period().minusMonths(1), Map.of());
        boolean previousEvaluated = previous.containsKey(ScoreHistory.ORGANISATION);
        List<UnitFigures> units = perUnit(report, names, scoring, previous);
        UnitScore organisation = previous.get(ScoreHistory.ORGANISATION);
        UnitFigures total = UnitFigures.total(units, totalLabel, organisation == null ? null : organisation.score());
        List<UnitFigures> ranked = units.stream()
                .sorted(Comparator.comparing((UnitFigures u) -> !isRanked(u))
                        .thenComparing(u -> u.score() == null ? 0 : u.score())
                        .thenComparing(UnitFigures::inBreach, Comparator.reverseOrder())
                        .thenComparing(UnitFigures::unitCode))
                .toList();
        List<Double> scores = ranked.stream().filter(Scoreboard::isRanked).map(UnitFigures::score).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (UnitFigures unit : ranked) {
            if (isRanked(unit)) {
                ranks.put(unit.unitCode(), rank(unit.score(), scores));
            }
        }
        List<UnitScore> published = new ArrayList<>();
        published.add(new UnitScore(ScoreHistory.ORGANISATION, report.organization(), total.mailboxes(),
                total.inBreach(), total.countedFindings(), total.score()));
        units.stream().filter(u -> !u.unitCode().isEmpty())
                .forEach(u -> published.add(new UnitScore(u.unitCode(), u.unitName(), u.mailboxes(), u.inBreach(),
                        u.countedFindings(), u.score())));
        history.record(report.period(), published);
        return new Scoreboard(report.period(), ranked, total, ranks, previousEvaluated,
                history.upTo(report.period(), TREND_PERIODS));
    }

    /**
     * The rank of a score among the scores of the ranked units (its own included): 1 plus the number of better
     * scores, so that equal scores share a rank.
     */
    static int rank(double score, List<Double> scores) {
        return 1 + (int) scores.stream().filter(other -> other > score).count();
    }

    /** The units that take part in the ranking: real units with at least one active mailbox. */
    static boolean isRanked(UnitFigures unit) {
        return !unit.unitCode().isEmpty() && unit.score() != null;
    }

    int rankedCount() {
        return ranks.size();
    }

    /** The worst units, at most {@code n}, worst first. */
    List<UnitFigures> worst(int n) {
        return units.stream().filter(Scoreboard::isRanked).limit(n).toList();
    }

    UnitFigures unit(String unitCode) {
        return units.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst().orElse(null);
    }

    private static List<UnitFigures> perUnit(MonthlyReport report, MailboxNames names, Scoring scoring,
                                             Map<String, UnitScore> previous) {
        Map<String, Set<String>> active = new HashMap<>();
        for (Account account : report.accounts()) {
            if (account.active()) {
                active.computeIfAbsent(blankIfNull(account.unitCode()), k -> new HashSet<>())
                        .add(account.address().toLowerCase());
            }
        }
        Map<String, List<Finding>> findings = new HashMap<>();
        report.findings().forEach(f -> findings.computeIfAbsent(blankIfNull(names.unitCodeOf(f)),
                k -> new ArrayList<>()).add(f));
        Set<String> codes = new TreeSet<>();
        report.units().stream().map(Unit::code).forEach(codes::add);
        codes.addAll(active.keySet());
        codes.addAll(findings.keySet());
        List<UnitFigures> figures = new ArrayList<>();
        for (String code : codes) {
            UnitFigures.Builder unit = new UnitFigures.Builder(code, names.unitName(code),
                    active.getOrDefault(code, Set.of()));
            findings.getOrDefault(code, List.of()).forEach(f -> unit.add(f, scoring));
            UnitScore before = code.isEmpty() ? null : previous.get(code);
            figures.add(unit.build(before == null ? null : before.score()));
        }
        return figures;
    }

    private static String blankIfNull(String unitCode) {
        return unitCode == null ? "" : unitCode;
    }
}
