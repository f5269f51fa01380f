package vn.mailcompliance.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * One line of the Summary: a unit's active mailboxes, its counted findings per code, the findings listed but not
 * counted per reason, and its score this month and last (see {@link Scoring} for the formula).
 *
 * @param unitCode      empty for mailboxes and findings the directory gives no unit
 * @param mailboxes     active mailboxes of the unit: the mailboxes judged
 * @param inBreach      active mailboxes with at least one counted finding
 * @param penalty       the sum over those mailboxes of the weight of each one's worst counted finding
 * @param counted       counted findings per code
 * @param notCounted    findings listed but not counted, per reason
 * @param previousScore last month's score as it was reported (stored history); {@code null} when there is none
 */
record UnitFigures(String unitCode, String unitName, int mailboxes, int inBreach, double penalty,
                   Map<FindingCode, Integer> counted, Map<Standing, Integer> notCounted, Double previousScore) {

    /** The score, {@code null} for a unit with no active mailbox. */
    Double score() {
        return mailboxes == 0 ? null : Math.max(0, 100.0 * (1 - penalty / mailboxes));
    }

    Double change() {
        Double score = score();
        return score == null || previousScore == null ? null : score - previousScore;
    }

    int counted(Set<FindingCode> codes) {
        return counted.entrySet().stream().filter(e -> codes.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    int notCounted(Standing standing) {
        return notCounted.getOrDefault(standing, 0);
    }

    int countedFindings() {
        return counted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Adds up a unit's figures, finding by finding. */
    static final class Builder {

        private final String unitCode;
        private final String unitName;
        private final Set<String> mailboxes;
        private final Map<String, Double> worstByMailbox = new HashMap<>();
        private final Map<FindingCode, Integer> counted = new EnumMap<>(FindingCode.class);
        private final Map<Standing, Integer> notCounted = new EnumMap<>(Standing.class);

        Builder(String unitCode, String unitName, Set<String> activeMailboxes) {
            this.unitCode = unitCode;
            this.unitName = unitName;
            this.mailboxes = activeMailboxes;
        }

        void add(Finding finding, Scoring scoring) {
            Standing standing = scoring.standing(finding);
            if (standing != Standing.COUNTED) {
                notCounted.merge(standing, 1, Integer::sum);
                return;
            }
            counted.merge(finding.code(), 1, Integer::sum);
            if (finding.address() != null) {
                worstByMailbox.merge(finding.address().toLowerCase(), scoring.weight(finding), Math::max);
            }
        }

        UnitFigures build(Double previousScore) {
            double penalty = worstByMailbox.entrySet().stream().filter(e -> mailboxes.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
            int inBreach = (int) worstByMailbox.keySet().stream().filter(mailboxes::contains).count();
            return new UnitFigures(unitCode, unitName, mailboxes.size(), inBreach, penalty, counted, notCounted,
                    previousScore);
        }
    }

    /** The whole organisation as one unit, so its score is not an average of averages. */
    static UnitFigures total(Iterable<UnitFigures> units, String label, Double previousScore) {
        Map<FindingCode, Integer> counted = new EnumMap<>(FindingCode.class);
        Map<Standing, Integer> notCounted = new EnumMap<>(Standing.class);
        int mailboxes = 0;
        int inBreach = 0;
        double penalty = 0;
        for (UnitFigures unit : units) {
            unit.counted().forEach((code, n) -> counted.merge(code, n, Integer::sum));
            unit.notCounted().forEach((standing, n) -> notCounted.merge(standing, n, Integer::sum));
            mailboxes += unit.mailboxes();
            inBreach += unit.inBreach();
            penalty += unit.penalty();
        }
        return new UnitFigures("", label, mailboxes, inBreach, penalty, counted, notCounted, previousScore);
    }
}
