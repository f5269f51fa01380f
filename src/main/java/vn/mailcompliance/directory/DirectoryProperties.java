package vn.mailcompliance.directory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the directory comes from ({@code compliance.directory}).
 *
 * @param kind           the mail server's account schema
 * @param url            JDBC URL of the mail server's database (empty = the product's own database); for the LDAP
 *                       kinds {@code ldap://host:port} or {@code ldaps://host:port}
 * @param roster         the HR roster (.xlsx or .csv) laid over the source; none when empty
 * @param query          the operator's SELECT for {@code kind: sql}
 * @param unitMailboxes  without a roster: addresses or glob patterns ({@code vanphong@*}) of unit mailboxes
 * @param baseDn         LDAP kinds: the search base; accounts and groups are found below it
 * @param startTls       LDAP kinds: upgrade an {@code ldap://} connection with StartTLS before binding
 * @param trustStore     LDAP kinds over TLS: the certificates the server's certificate is verified against
 * @param timeout        LDAP kinds: time to connect and to wait for each answer
 * @param ldap           kind {@code ldap}: which entries are accounts and groups, and which attribute holds what
 */
@ConfigurationProperties("compliance.directory")
public record DirectoryProperties(
        @DefaultValue("iredmail") Kind kind,
        String url,
        String username,
        String password,
        Path roster,
        @DefaultValue("jobs/directory.sql") Path query,
        @DefaultValue List<String> unitMailboxes,
        String baseDn,
        @DefaultValue("false") boolean startTls,
        @DefaultValue TrustStore trustStore,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue LdapMapping ldap) {

    @ConstructorBinding
    public DirectoryProperties {
        if (kind != null && kind.isLdap()) {
            if (url == null || !url.strip().toLowerCase(Locale.ROOT).matches("ldaps?://[^/\\s]+/?")) {
                throw new IllegalArgumentException("kind " + kind.label() + " needs compliance.directory.url as"
                        + " ldap://host:port or ldaps://host:port, not '" + (url == null ? "" : url) + "'");
            }
            if (baseDn == null || baseDn.isBlank()) {
                throw new IllegalArgumentException("kind " + kind.label() + " needs compliance.directory.base-dn,"
                        + " the search base of the accounts (e.g. dc=most,dc=gov,dc=vn)");
            }
            if (kind == Kind.LDAP) {
                requireDateFormat(ldap == null ? null : ldap.dateFormat());
            }
            if (startTls && url.strip().toLowerCase(Locale.ROOT).startsWith("ldaps:")) {
                throw new IllegalArgumentException("compliance.directory.start-tls applies to ldap:// only: an"
                        + " ldaps:// connection is already TLS");
            }
        }
    }

    private static void requireDateFormat(String format) {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("compliance.directory.ldap.date-format is empty: use generalized, days,"
                    + " seconds or a pattern such as yyyyMMddHHmmss");
        }
        if (!List.of("generalized", "days", "seconds").contains(format)) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(format);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("compliance.directory.ldap.date-format '" + format + "' is none of"
                        + " generalized, days, seconds and not a date pattern: " + e.getMessage());
            }
        }
    }

    /** A SQL source's settings, with the LDAP settings at their defaults. */
    public DirectoryProperties(Kind kind, String url, String username, String password, Path roster, Path query,
                               List<String> unitMailboxes) {
        this(kind, url, username, password, roster, query, unitMailboxes, null, false,
                new TrustStore(null, null, "PKCS12"), Duration.ofSeconds(30), LdapMapping.defaults());
    }

    public enum Kind {
        IREDMAIL, POSTFIXADMIN, SQL, ZIMBRA, ACTIVE_DIRECTORY, LDAP;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        boolean isLdap() {
            return this == ZIMBRA || this == ACTIVE_DIRECTORY || this == LDAP;
        }
    }

    /** Certificates of an LDAP server reached over TLS; empty path = the JVM's default trust. */
    public record TrustStore(Path path, String password, @DefaultValue("PKCS12") String type) {

        @Override
        public String toString() {
            return "TrustStore[path=" + path + ", type=" + type + "]";
        }
    }

    /**
     * The generic LDAP mapping ({@code compliance.directory.ldap}): every field names the attribute that holds it.
     *
     * @param accountFilter   which entries below the base DN are mailboxes
     * @param groupFilter     which entries are group mailboxes (distribution lists); empty = none
     * @param address         the mail address
     * @param displayName     the display name
     * @param unit            the unit (department) without a roster
     * @param employeeId      the employee number
     * @param created         when the entry was created (LDAP generalized time)
     * @param passwordChanged when the password was last changed, written as {@code dateFormat}
     * @param dateFormat      how {@code passwordChanged} is written: {@code generalized} (ppolicy's
     *                        {@code pwdChangedTime}), {@code days} (days since 1970-01-01, {@code shadowLastChange};
     *                        0 = must change), {@code seconds} (Unix time) or a pattern such as {@code yyyyMMddHHmmss}
     * @param mustChange      a boolean attribute that is TRUE while the password issued by an administrator must be
     *                        changed (ppolicy's {@code pwdReset}); empty = none
     * @param disabled        an attribute whose presence marks a disabled account (ppolicy's
     *                        {@code pwdAccountLockedTime}); empty = none
     * @param lastLogin       the last login (LDAP generalized time); empty = none
     * @param forwarding      addresses the mailbox forwards to; empty = none
     * @param groupAddress    a group's mail address
     * @param groupMember     a group's members: DNs of entries (resolved to their address) or mail addresses
     */
    public record LdapMapping(
            @DefaultValue("(&(objectClass=inetOrgPerson)(mail=*))") String accountFilter,
            @DefaultValue("(&(objectClass=groupOfNames)(mail=*))") String groupFilter,
            @DefaultValue("mail") String address,
            @DefaultValue("cn") String displayName,
            @DefaultValue("ou") String unit,
            @DefaultValue("employeeNumber") String employeeId,
            @DefaultValue("createTimestamp") String created,
            @DefaultValue("pwdChangedTime") String passwordChanged,
            @DefaultValue("generalized") String dateFormat,
            @DefaultValue("pwdReset") String mustChange,
            @DefaultValue("pwdAccountLockedTime") String disabled,
            String lastLogin,
            String forwarding,
            @DefaultValue("mail") String groupAddress,
            @DefaultValue("member") String groupMember) {

        /** The mapping of an OpenLDAP directory with the password-policy overlay, as the defaults above say. */
        public static LdapMapping defaults() {
            return new LdapMapping("(&(objectClass=inetOrgPerson)(mail=*))", "(&(objectClass=groupOfNames)(mail=*))",
                    "mail", "cn", "ou", "employeeNumber", "createTimestamp", "pwdChangedTime", "generalized",
                    "pwdReset", "pwdAccountLockedTime", null, null, "mail", "member");
        }
    }

    boolean hasRoster() {
        return roster != null && !roster.toString().isBlank();
    }

    boolean hasOwnDatabase() {
        return url != null && !url.isBlank();
    }

    /** Never the password: settings may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "DirectoryProperties[kind=" + kind + ", url=" + url + ", username=" + username + ", roster=" + roster
                + ", query=" + query + ", unitMailboxes=" + unitMailboxes + ", baseDn=" + baseDn + ", startTls="
                + startTls + ", trustStore=" + trustStore + "]";
    }
}
