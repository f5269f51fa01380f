package vn.mailcompliance.directory;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Reads iRedMail's {@code vmail} database as iRedMail creates it: {@code mailbox} (personal and unit mailboxes),
 * {@code alias} (group mailboxes), {@code forwardings} ({@code is_forwarding}: a user's forwarding, {@code is_list}:
 * a group's members; {@code is_alias} rows are extra addresses of one mailbox, not groups) and, when Dovecot's
 * last-login plugin is enabled, {@code last_login} ({@link LastLogin}).
 */
final class IRedMailSource implements DirectorySource {

    static final String KIND = "iredmail";

    /** iRedMail's column default for {@code passwordlastchange}: the password was never changed. */
    static final LocalDateTime NEVER_CHANGED = LocalDateTime.of(1970, 1, 1, 1, 1, 1);

    private final DirectoryDatabase database;
    private final AddressPatterns unitMailboxes;
    private final ZoneId zone;

    IRedMailSource(DirectoryDatabase database, AddressPatterns unitMailboxes, ZoneId zone) {
        this.database = database;
        this.unitMailboxes = unitMailboxes;
        this.zone = zone;
    }

    @Override
    public DirectoryRead read() {
        DirectoryReadBuilder read = new DirectoryReadBuilder();
        boolean lastLogin = database.hasTable("last_login");
        String sql = """
                SELECT m.username, m.name, m.department, m.employeeid, m.active,
                       CAST(m.created AS CHAR(19)) AS created, CAST(m.passwordlastchange AS CHAR(19)) AS passwordlastchange%s
                FROM mailbox m%s
                ORDER BY m.username""".formatted(
                lastLogin ? ", " + LastLogin.COLUMNS : "",
                lastLogin ? " LEFT JOIN last_login l ON l.username = m.username" : "");
        int[] row = {0};
        database.query(sql, rs -> {
            row[0]++;
            String raw = rs.getString("username");
            String address = DirectoryReadBuilder.normalise(raw);
            try {
                LocalDateTime created = LocalTimes.dateTime("mailbox.created", rs.getString("created"));
                LocalDateTime changed = passwordChange(
                        LocalTimes.dateTime("mailbox.passwordlastchange", rs.getString("passwordlastchange")),
                        created);
                LastLogin login = lastLogin ? LastLogin.of(rs, zone) : LastLogin.UNKNOWN;
                String department = blankToNull(rs.getString("department"));
                read.account("mailbox", row[0], raw, new Account(address, rs.getString("name"), department,
                        unitMailboxes.matches(address) ? MailboxKind.UNIT : MailboxKind.PERSONAL,
                        blankToNull(rs.getString("employeeid")), rs.getInt("active") == 1, created, changed,
                        login.loggedIn(), null, KIND, true, false, false, login.delivered()));
            } catch (LocalTimes.UnparseableDate e) {
                read.reject("mailbox", row[0], raw, e.getMessage());
            }
        });
        readGroups(read);
        readForwardings(read);
        return read.build();
    }

    /** The last change, or {@code null} when iRedMail's sentinels say the initial password is still in use. */
    static LocalDateTime passwordChange(LocalDateTime lastChange, LocalDateTime created) {
        if (lastChange == null || lastChange.equals(NEVER_CHANGED)) {
            return null;
        }
        if (created != null && Duration.between(created, lastChange).abs().toSeconds() <= 60) {
            return null;
        }
        return lastChange;
    }

    private void readGroups(DirectoryReadBuilder read) {
        int[] row = {0};
        database.query("SELECT address, name, active, CAST(created AS CHAR(19)) AS created FROM alias ORDER BY address",
                rs -> {
                    row[0]++;
                    String raw = rs.getString("address");
                    String address = DirectoryReadBuilder.normalise(raw);
                    try {
                        read.account("alias", row[0], raw, new Account(address, rs.getString("name"), null,
                                MailboxKind.GROUP, null, rs.getInt("active") == 1,
                                LocalTimes.dateTime("alias.created", rs.getString("created")), null, null, null,
                                KIND, false));
                    } catch (LocalTimes.UnparseableDate e) {
                        read.reject("alias", row[0], raw, e.getMessage());
                    }
                });
    }

    private void readForwardings(DirectoryReadBuilder read) {
        int[] row = {0};
        database.query("""
                SELECT address, forwarding, is_list, is_forwarding FROM forwardings
                WHERE active = 1 AND (is_list = 1 OR is_forwarding = 1) ORDER BY id""", rs -> {
            row[0]++;
            String address = DirectoryReadBuilder.normalise(rs.getString("address"));
            String destination = DirectoryReadBuilder.normalise(rs.getString("forwarding"));
            if (address == null || destination == null) {
                read.reject("forwardings", row[0], rs.getString("address") + " -> " + rs.getString("forwarding"),
                        "not a valid mail address");
            } else if (rs.getInt("is_list") == 1) {
                read.groupMember(address, destination);
            } else if (!address.equals(destination)) {
                read.forwarding(address, destination);
            }
        });
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
