package vn.mailcompliance.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** The scores each monthly report published, per period and unit, for the change against last month and the trend. */
interface ScoreHistory {

    /** The unit code under which the whole organisation's score is kept. */
    String ORGANISATION = "*";

    /** Replaces what a period stored (a period evaluated again publishes its new scores). */
    void record(YearMonth period, List<UnitScore> scores);

    /** The scores of the last {@code periods} evaluated periods up to and including {@code upTo}, oldest first. */
    NavigableMap<YearMonth, Map<String, UnitScore>> upTo(YearMonth upTo, int periods);

    /**
     * A unit's published figures; the score is {@code null} for a unit with no active mailbox.
     *
     * @param findings the counted findings: what the unit has to resolve
     */
    record UnitScore(String unitCode, String unitName, int mailboxes, int inBreach, int findings, Double score) {
    }
}
