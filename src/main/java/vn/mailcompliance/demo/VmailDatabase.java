package vn.mailcompliance.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Random;

/**
 * Writes the demo ministry into an iRedMail {@code vmail} database, rows as iRedMail's own tools create them: every
 * mailbox has a forwarding row to itself, a user's forwarding is {@code is_forwarding = 1}, a mail alias is an
 * {@code alias} row with its members as {@code is_list = 1} forwardings.
 */
final class VmailDatabase {

    static final String USER = "sa";
    private static final DateTimeFormatter MAILDIR_STAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd.HH.mm.ss");

    private VmailDatabase() {
    }

    static void write(String url, DemoMinistry ministry) {
        try (Connection connection = DriverManager.getConnection(url, USER, "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
                for (String sql : schema().split(";\\s*\\n")) {
                    statement.execute(sql);
                }
            }
            connection.setAutoCommit(false);
            insertDomains(connection);
            insertMailboxes(connection, ministry);
            insertGroups(connection, ministry);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the demo vmail database " + url + ": " + e.getMessage(), e);
        }
    }

    private static void insertDomains(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO domain (domain, description, transport, created, modified) "
                        + "VALUES (?, ?, 'dovecot', '2016-03-01 09:15:00', '2016-03-01 09:15:00')")) {
            insert.setString(1, DemoMinistry.DOMAIN);
            insert.setString(2, DemoMinistry.ORGANIZATION);
            insert.addBatch();
            insert.setString(1, DemoMinistry.OLD_DOMAIN);
            insert.setString(2, "Tên miền cũ (trước 2017)");
            insert.addBatch();
            insert.executeBatch();
        }
    }

    private static void insertMailboxes(Connection connection, DemoMinistry ministry) throws SQLException {
        try (PreparedStatement mailbox = connection.prepareStatement(
                "INSERT INTO mailbox (username, password, name, language, storagebasedirectory, storagenode, maildir, "
                        + "quota, domain, department, employeeid, passwordlastchange, created, modified, active) "
                        + "VALUES (?, ?, ?, 'vi_VN', '/var/vmail', 'vmail1', ?, 2048, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement forwarding = connection.prepareStatement(
                        "INSERT INTO forwardings (address, forwarding, domain, dest_domain, is_forwarding) "
                                + "VALUES (?, ?, ?, ?, 1)");
                PreparedStatement lastLogin = connection.prepareStatement(
                        "INSERT INTO last_login (username, domain, imap, lda) VALUES (?, ?, ?, ?)")) {
            for (DemoMailbox m : ministry.mailboxes()) {
                mailbox.setString(1, m.address());
                mailbox.setString(2, passwordHash(m.address()));
                mailbox.setString(3, m.name());
                mailbox.setString(4, maildir(m));
                mailbox.setString(5, m.domain());
                mailbox.setString(6, m.unitCode());
                mailbox.setString(7, m.employeeId());
                mailbox.setObject(8, m.passwordLastChange());
                mailbox.setObject(9, m.created());
                mailbox.setObject(10, m.passwordLastChange().isAfter(m.created()) ? m.passwordLastChange() : m.created());
                mailbox.setInt(11, m.active() ? 1 : 0);
                mailbox.addBatch();
                addForwarding(forwarding, m.address(), m.address());
                if (m.forwardTo() != null) {
                    addForwarding(forwarding, m.address(), m.forwardTo());
                }
                if (m.lastLogin() != null) {
                    lastLogin.setString(1, m.address());
                    lastLogin.setString(2, m.domain());
                    lastLogin.setLong(3, m.lastLogin());
                    lastLogin.setLong(4, m.lastLogin() - 3_600);
                    lastLogin.addBatch();
                }
            }
            mailbox.executeBatch();
            forwarding.executeBatch();
            lastLogin.executeBatch();
        }
    }

    private static void insertGroups(Connection connection, DemoMinistry ministry) throws SQLException {
        try (PreparedStatement alias = connection.prepareStatement(
                "INSERT INTO alias (address, name, accesspolicy, domain, created, modified) "
                        + "VALUES (?, ?, 'membersonly', ?, '2019-09-09 09:09:09', '2019-09-09 09:09:09')");
                PreparedStatement member = connection.prepareStatement(
                        "INSERT INTO forwardings (address, forwarding, domain, dest_domain, is_list) "
                                + "VALUES (?, ?, ?, ?, 1)")) {
            for (DemoGroup group : ministry.groups()) {
                alias.setString(1, group.address());
                alias.setString(2, group.name());
                alias.setString(3, group.domain());
                alias.addBatch();
                for (String address : group.members()) {
                    member.setString(1, group.address());
                    member.setString(2, address);
                    member.setString(3, group.domain());
                    member.setString(4, address.substring(address.indexOf('@') + 1));
                    member.addBatch();
                }
            }
            alias.executeBatch();
            member.executeBatch();
        }
    }

    private static void addForwarding(PreparedStatement forwarding, String address, String target)
            throws SQLException {
        forwarding.setString(1, address);
        forwarding.setString(2, target);
        forwarding.setString(3, address.substring(address.indexOf('@') + 1));
        forwarding.setString(4, target.substring(target.indexOf('@') + 1));
        forwarding.addBatch();
    }

    /** A salted SHA-512 in iRedMail's format; random bytes, since nobody logs in with it. */
    private static String passwordHash(String address) {
        byte[] digestAndSalt = new byte[72];
        new Random(address.hashCode()).nextBytes(digestAndSalt);
        return "{SSHA512}" + Base64.getEncoder().encodeToString(digestAndSalt);
    }

    private static String maildir(DemoMailbox m) {
        String local = m.address().substring(0, m.address().indexOf('@'));
        String padded = (local + "___").substring(0, 3);
        return m.domain() + "/" + padded.charAt(0) + "/" + padded.charAt(1) + "/" + padded.charAt(2) + "/" + local
                + "-" + m.created().format(MAILDIR_STAMP) + "/";
    }

    private static String schema() {
        try (InputStream in = VmailDatabase.class.getResourceAsStream("/demo/vmail-schema.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return script.replaceAll("(?m)^--.*$", "").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
