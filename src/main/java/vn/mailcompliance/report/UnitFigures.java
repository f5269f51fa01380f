package vn.mailcompliance.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;

/**
 * One line of the Summary sheet: a unit's mailboxes, findings per code and compliance score, this month and last.
 * <p>
 * Score = 100 × (active mailboxes without any breach) / (active mailboxes + 1 if the unit has no unit mailbox). A
 * breach is any finding but {@link FindingCode#SCAN_FAILED}, which is a coverage gap rather than a user's breach. A
 * missing unit mailbox (12.3a) is a mailbox that should exist and does not, so it counts as one more mailbox in
 * breach. Findings about mailboxes that are not active are counted but do not move the score. Waived findings are
 * neither counted nor scored.
 *
 * @param unitCode            empty for mailboxes and findings the directory gives no unit
 * @param mailboxes           active mailboxes of the unit
 * @param missingUnitMailbox  1 when the unit has no unit mailbox this month, else 0
 * @param counts              findings of the month per code
 * @param inBreach            active mailboxes with at least one breach this month
 * @param breaches            findings of the month that are breaches
 * @param previous            the same figures of the period before, {@code null} when it was not evaluated
 */
record UnitFigures(String unitCode, String unitName, int mailboxes, int missingUnitMailbox,
                   Map<FindingCode, Integer> counts, int inBreach, int breaches, Previous previous) {

    /** Last month's figures of the unit, against this month's mailboxes. */
    record Previous(int missingUnitMailbox, int inBreach, int breaches) {
    }

    /** The score, {@code null} for a unit with nothing to score. */
    Double score() {
        return score(inBreach, missingUnitMailbox);
    }

    Double previousScore() {
        return previous == null ? null : score(previous.inBreach(), previous.missingUnitMailbox());
    }

    Integer previousBreaches() {
        return previous == null ? null : previous.breaches();
    }

    private Double score(int mailboxesInBreach, int missing) {
        int denominator = mailboxes + missing;
        return denominator == 0 ? null : 100.0 * (mailboxes - mailboxesInBreach) / denominator;
    }

    static List<UnitFigures> perUnit(MonthlyReport report, MailboxNames names) {
        Map<String, Set<String>> active = new HashMap<>();
        for (Account account : report.accounts()) {
            if (account.active()) {
                active.computeIfAbsent(blankIfNull(account.unitCode()), k -> new HashSet<>())
                        .add(account.address().toLowerCase());
            }
        }
        Map<String, List<Finding>> current = byUnit(report.findings(), names);
        Map<String, List<Finding>> previous = report.previousFindings() == null ? null
                : byUnit(report.previousFindings(), names);
        Set<String> codes = new TreeSet<>();
        report.units().stream().map(Unit::code).forEach(codes::add);
        codes.addAll(active.keySet());
        codes.addAll(current.keySet());
        List<UnitFigures> figures = new ArrayList<>();
        for (String code : codes) {
            Set<String> mailboxes = active.getOrDefault(code, Set.of());
            List<Finding> now = current.getOrDefault(code, List.of());
            Previous before = previous == null ? null : previous(previous.getOrDefault(code, List.of()), mailboxes);
            figures.add(new UnitFigures(code, names.unitName(code), mailboxes.size(), missing(now), counts(now),
                    inBreach(now, mailboxes), breaches(now), before));
        }
        return figures;
    }

    /** The whole organisation as one unit, so its score is not an average of averages. */
    static UnitFigures total(Collection<UnitFigures> units, String label) {
        Map<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
        int mailboxes = 0, missing = 0, inBreach = 0, breaches = 0, prevMissing = 0, prevInBreach = 0, prevBreaches = 0;
        boolean previousEvaluated = true;
        for (UnitFigures unit : units) {
            unit.counts().forEach((code, n) -> counts.merge(code, n, Integer::sum));
            mailboxes += unit.mailboxes();
            missing += unit.missingUnitMailbox();
            inBreach += unit.inBreach();
            breaches += unit.breaches();
            if (unit.previous() == null) {
                previousEvaluated = false;
            } else {
                prevMissing += unit.previous().missingUnitMailbox();
                prevInBreach += unit.previous().inBreach();
                prevBreaches += unit.previous().breaches();
            }
        }
        return new UnitFigures("", label, mailboxes, missing, counts, inBreach, breaches,
                previousEvaluated ? new Previous(prevMissing, prevInBreach, prevBreaches) : null);
    }

    static boolean isBreach(Finding finding) {
        return finding.code() != FindingCode.SCAN_FAILED;
    }

    private static Previous previous(List<Finding> findings, Set<String> activeMailboxes) {
        return new Previous(missing(findings), inBreach(findings, activeMailboxes), breaches(findings));
    }

    /** The unit's findings that count: waived ones are listed on the sheets but kept out of every figure. */
    private static Map<String, List<Finding>> byUnit(List<Finding> findings, MailboxNames names) {
        Map<String, List<Finding>> byUnit = new HashMap<>();
        findings.stream()
                .filter(f -> !f.details().containsKey(FindingRepository.WAIVER))
                .forEach(f -> byUnit.computeIfAbsent(blankIfNull(names.unitCodeOf(f)), k -> new ArrayList<>()).add(f));
        return byUnit;
    }

    private static int missing(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.code() == FindingCode.UNIT_MAILBOX_MISSING) ? 1 : 0;
    }

    private static Map<FindingCode, Integer> counts(List<Finding> findings) {
        Map<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
        findings.forEach(f -> counts.merge(f.code(), 1, Integer::sum));
        return counts;
    }

    private static int inBreach(List<Finding> findings, Set<String> activeMailboxes) {
        return (int) findings.stream()
                .filter(UnitFigures::isBreach)
                .filter(f -> f.address() != null)
                .map(f -> f.address().toLowerCase())
                .filter(activeMailboxes::contains)
                .distinct()
                .count();
    }

    private static int breaches(List<Finding> findings) {
        return (int) findings.stream().filter(UnitFigures::isBreach).count();
    }

    private static String blankIfNull(String unitCode) {
        return unitCode == null ? "" : unitCode;
    }
}
