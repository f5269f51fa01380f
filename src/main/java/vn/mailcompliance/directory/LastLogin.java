package vn.mailcompliance.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One row of the {@code last_login} table that Dovecot's {@code last_login} plugin keeps through an SQL dictionary
 * (iRedMail creates it in {@code vmail}: {@code username, domain, imap, pop3, lda}, Unix times). The plugin writes the
 * column of the protocol that logged in: {@code imap} and {@code pop3} are the owner's logins, {@code lda} is the last
 * local delivery — mail arriving, not anyone reading it. Enabled in Dovecot 2.3 with
 * {@code mail_plugins = $mail_plugins last_login} and {@code plugin { last_login_dict = proxy::lastlogin
 * last_login_key = last-login/%{service}/%u/%d }} (see the README). A mailbox without a row has no login data: unknown.
 *
 * @param loggedIn  the later of the IMAP and POP3 logins, {@code null} when none is recorded
 * @param delivered the last delivery, {@code null} when none is recorded
 */
record LastLogin(LocalDateTime loggedIn, LocalDateTime delivered) {

    static final LastLogin UNKNOWN = new LastLogin(null, null);

    /** The columns to select, with the table aliased {@code l}. */
    static final String COLUMNS = "l.imap AS last_imap, l.pop3 AS last_pop3, l.lda AS last_lda";

    static LastLogin of(ResultSet rs, ZoneId zone) throws SQLException {
        return new LastLogin(LocalTimes.unixTime(Math.max(rs.getLong("last_imap"), rs.getLong("last_pop3")), zone),
                LocalTimes.unixTime(rs.getLong("last_lda"), zone));
    }
}
