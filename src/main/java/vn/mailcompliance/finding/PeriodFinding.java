package vn.mailcompliance.finding;

/** A stored finding with the period it was found in, as the audit export lists it. */
public record PeriodFinding(String period, Finding finding) {
}
