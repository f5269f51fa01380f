package vn.mailcompliance.directory;

/** An organisational unit (department) that owns one shared unit mailbox. */
public record Unit(String code, String name) {
}
