package vn.mailcompliance.directory;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads PostfixAdmin's database: {@code mailbox}, {@code domain} and {@code alias}. PostfixAdmin keeps no date of the
 * last password change, only {@code mailbox.password_expiry}, which it sets to the change plus the domain's
 * {@code password_expiry} days; the last change is that difference. When the domain has no expiry (0 days) or the
 * mailbox still holds the column default, the last change is unknown: the account's password age is not evaluated
 * (never flagged), rather than guessed. An alias whose address is a mailbox forwards that mailbox (its own address in
 * {@code goto} is the local copy); any other alias is a group mailbox whose {@code goto} lists its members. Where
 * Dovecot's last-login plugin writes to a {@code last_login} table of this database ({@link LastLogin}), it is read.
 */
final class PostfixAdminSource implements DirectorySource {

    static final String KIND = "postfixadmin";

    /** PostfixAdmin's column default for {@code mailbox.password_expiry}: no expiry was ever set. */
    static final LocalDateTime NO_EXPIRY = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final DirectoryDatabase database;
    private final AddressPatterns unitMailboxes;
    private final ZoneId zone;

    PostfixAdminSource(DirectoryDatabase database, AddressPatterns unitMailboxes, ZoneId zone) {
        this.database = database;
        this.unitMailboxes = unitMailboxes;
        this.zone = zone;
    }

    @Override
    public DirectoryRead read() {
        DirectoryReadBuilder read = new DirectoryReadBuilder();
        Map<String, Integer> expiryDays = new HashMap<>();
        database.query("SELECT domain, password_expiry FROM domain",
                rs -> expiryDays.put(rs.getString("domain").toLowerCase(), rs.getInt("password_expiry")));
        int[] row = {0};
        boolean lastLogin = database.hasTable("last_login");
        database.query("""
                SELECT m.username, m.name, m.domain, m.active, CAST(m.created AS CHAR(19)) AS created,
                       CAST(m.password_expiry AS CHAR(19)) AS password_expiry%s
                FROM mailbox m%s ORDER BY m.username""".formatted(
                lastLogin ? ", " + LastLogin.COLUMNS : "",
                lastLogin ? " LEFT JOIN last_login l ON l.username = m.username" : ""), rs -> {
            row[0]++;
            String raw = rs.getString("username");
            String address = DirectoryReadBuilder.normalise(raw);
            try {
                LocalDateTime created = LocalTimes.dateTime("mailbox.created", rs.getString("created"));
                LocalDateTime expiry = LocalTimes.dateTime("mailbox.password_expiry", rs.getString("password_expiry"));
                int days = expiryDays.getOrDefault(String.valueOf(rs.getString("domain")).toLowerCase(), 0);
                boolean known = days > 0 && expiry != null && !expiry.equals(NO_EXPIRY);
                LocalDateTime changed = known ? lastChange(expiry.minusDays(days), created) : null;
                LastLogin login = lastLogin ? LastLogin.of(rs, zone) : LastLogin.UNKNOWN;
                read.account("mailbox", row[0], raw, new Account(address, rs.getString("name"), null,
                        unitMailboxes.matches(address) ? MailboxKind.UNIT : MailboxKind.PERSONAL, null,
                        rs.getInt("active") == 1, created, changed, login.loggedIn(), null, KIND, known, false, false,
                        login.delivered()));
            } catch (LocalTimes.UnparseableDate e) {
                read.reject("mailbox", row[0], raw, e.getMessage());
            }
        });
        readAliases(read);
        return read.build();
    }

    private static LocalDateTime lastChange(LocalDateTime change, LocalDateTime created) {
        return created != null && Duration.between(created, change).abs().toSeconds() <= 60 ? null : change;
    }

    private void readAliases(DirectoryReadBuilder read) {
        int[] row = {0};
        database.query("""
                SELECT address, goto, active, CAST(created AS CHAR(19)) AS created FROM alias ORDER BY address""", rs -> {
            row[0]++;
            String raw = rs.getString("address");
            String address = DirectoryReadBuilder.normalise(raw);
            if (address == null) {
                read.reject("alias", row[0], raw, "not a valid mail address");
                return;
            }
            boolean mailbox = read.has(address);
            if (!mailbox) {
                try {
                    if (!read.account("alias", row[0], raw, new Account(address, null, null, MailboxKind.GROUP, null,
                            rs.getInt("active") == 1, LocalTimes.dateTime("alias.created", rs.getString("created")),
                            null, null, null, KIND, false))) {
                        return;
                    }
                } catch (LocalTimes.UnparseableDate e) {
                    read.reject("alias", row[0], raw, e.getMessage());
                    return;
                }
            }
            if (mailbox && rs.getInt("active") != 1) {
                return;
            }
            for (String target : Arrays.stream(String.valueOf(rs.getString("goto")).split("[,\\s]+"))
                    .filter(t -> !t.isBlank()).toList()) {
                String destination = DirectoryReadBuilder.normalise(target);
                if (destination == null) {
                    read.reject("alias", row[0], raw + " -> " + target, "not a valid mail address in goto");
                } else if (!mailbox) {
                    read.groupMember(address, destination);
                } else if (!destination.equals(address)) {
                    read.forwarding(address, destination);
                }
            }
        });
    }
}
