package vn.mailcompliance.directory;

/**
 * An organisational unit (department) that owns one shared unit mailbox.
 *
 * @param leaderEmail the unit leader's address (the roster's {@code leader_email}), {@code null} when not given
 */
public record Unit(String code, String name, String leaderEmail) {

    public Unit(String code, String name) {
        this(code, name, null);
    }
}
