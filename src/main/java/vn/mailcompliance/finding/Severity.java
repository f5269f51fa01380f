package vn.mailcompliance.finding;

public enum Severity {
    HIGH, MEDIUM, LOW
}
