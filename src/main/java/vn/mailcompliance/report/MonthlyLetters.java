package vn.mailcompliance.report;

import static vn.mailcompliance.report.ReportTexts.number;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.report.ScoreHistory.UnitScore;

/**
 * The delivery mails of a period in the report's language: leadership's with the organisation's workbook, each unit
 * leader's with only his unit's workbook and, in the body, the unit's score, rank, change and open findings as the
 * period published them.
 */
@Component
public class MonthlyLetters {

    private final ReportProperties settings;
    private final ScoreHistory history;

    MonthlyLetters(ReportProperties settings, ScoreHistory history) {
        this.settings = settings;
        this.history = history;
    }

    public Letter leadership(String organization, YearMonth period) {
        ReportTexts texts = new ReportTexts(settings.locale());
        Map<String, UnitScore> scores = published(period);
        UnitScore total = scores.get(ScoreHistory.ORGANISATION);
        return new Letter(null, null, texts.format("mail.leadership.subject", texts.periodName(period), organization),
                texts.format("mail.leadership.body", texts.periodName(period),
                        texts.oneDecimal(total == null ? null : total.score()),
                        number(settings.targetScore())),
                settings.monthlyWorkbook(period));
    }

    /**
     * One mail per unit the period scored, to the leader the directory names ({@code leader_email}); {@code to} is
     * {@code null} when it names none, for the mailer to look the unit up in its own settings.
     */
    public List<Letter> units(String organization, YearMonth period, List<Unit> units) {
        ReportTexts texts = new ReportTexts(settings.locale());
        Map<String, UnitScore> scores = published(period);
        Map<String, UnitScore> before = history.upTo(period.minusMonths(1), 1)
                .getOrDefault(period.minusMonths(1), Map.of());
        List<Double> ranked = scores.values().stream()
                .filter(s -> !s.unitCode().equals(ScoreHistory.ORGANISATION) && s.score() != null)
                .map(UnitScore::score).toList();
        List<Letter> letters = new ArrayList<>();
        for (Unit unit : units) {
            UnitScore score = scores.get(unit.code());
            if (score == null) {
                continue;
            }
            String rank = score.score() == null ? texts.text("label.notRanked") : texts.format("headline.rankValue",
                    Scoreboard.rank(score.score(), ranked), ranked.size());
            UnitScore previous = before.get(unit.code());
            String change = previous == null || previous.score() == null || score.score() == null
                    ? texts.format("headline.previousNotEvaluated", texts.periodName(period.minusMonths(1)))
                    : texts.signedOneDecimal(score.score() - previous.score());
            letters.add(new Letter(blankToNull(unit.leaderEmail()), unit.code(),
                    texts.format("mail.unit.subject", texts.periodName(period), unit.name(), organization),
                    texts.format("mail.unit.body", unit.name(), texts.periodName(period),
                            texts.oneDecimal(score.score()),
                            number(settings.targetScore()), rank, change, score.findings(), score.inBreach(),
                            score.mailboxes()),
                    settings.unitWorkbook(period, unit.code())));
        }
        return letters;
    }

    private Map<String, UnitScore> published(YearMonth period) {
        return history.upTo(period, 1).getOrDefault(period, Map.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
