package vn.mailcompliance.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;

import vn.mailcompliance.directory.DirectoryProperties.Kind;
import vn.mailcompliance.directory.DirectoryProperties.LdapMapping;
import vn.mailcompliance.testsupport.SlapdServer;

/**
 * Each LDAP source read from a private OpenLDAP slapd holding the ministry as that kind stores it, with 1,500 more
 * accounts behind a 1,000-entry size limit.
 */
class LdapSourcesIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int BULK = 1_500;
    private static final String D = "@" + LdapMinistry.DOMAIN;

    @RegisterExtension
    static SlapdServer zimbra = new SlapdServer(LdapMinistry.SUFFIX).withSchema("ldap/zimbra.schema")
            .withLdif(LdapMinistry.zimbra(BULK));

    @RegisterExtension
    static SlapdServer activeDirectory = new SlapdServer(LdapMinistry.SUFFIX)
            .withSchema("/etc/ldap/schema/msuser.schema").withSchema("ldap/ad-exchange.schema")
            .withLdif(LdapMinistry.activeDirectory(BULK));

    @RegisterExtension
    static SlapdServer openLdap = new SlapdServer(LdapMinistry.SUFFIX).withSchema("/etc/ldap/schema/misc.schema")
            .withModule("ppolicy").withLdif(LdapMinistry.openLdap(BULK));

    @RegisterExtension
    static SlapdServer secured = new SlapdServer(LdapMinistry.SUFFIX).withSchema("/etc/ldap/schema/misc.schema")
            .withModule("ppolicy").withTls().withLdif(LdapMinistry.openLdap(0));

    @Test
    void zimbraAccountsListsAliasesAndClassesOfServiceAreReadAsZimbraWritesThem() {
        DirectoryRead read = new ZimbraSource(new LdapDirectory(settings(Kind.ZIMBRA, zimbra)),
                new AddressPatterns(List.of("vanphong@*")), ZONE).read();

        Map<String, Account> accounts = byAddress(read);
        assertThat(accounts).hasSize(7 + BULK + 1).doesNotContainKey("spam.x1" + D);
        assertThat(accounts.get("an" + D).passwordNeverChanged()).isTrue();
        assertThat(accounts.get("binh" + D).passwordChangedAt()).isEqualTo(LocalDateTime.of(2026, 5, 1, 9, 0));
        assertThat(accounts.get("binh" + D).lastLoginAt()).isEqualTo(LocalDateTime.of(2026, 10, 20, 10, 0));
        assertThat(accounts.get("em" + D).active()).isFalse();
        assertThat(accounts.get("vanphong" + D).kind()).isEqualTo(MailboxKind.UNIT);
        assertThat(accounts.get("phongban" + D).kind()).isEqualTo(MailboxKind.GROUP);
        assertThat(read.groupMembers().get("phongban" + D))
                .containsExactly("an" + D, "binh" + D, "ban.cu@gmail.com");
        assertThat(read.forwardings()).containsEntry("chi" + D, List.of("chi.home@gmail.com"));
        assertThat(read.sourcePolicy()).containsExactly(entry("default", "90"), entry("lanhdao", "0"));
        assertThat(read.rejections()).extracting(DirectoryRead.Rejection::source, DirectoryRead.Rejection::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("uid=hoa,ou=people," + LdapMinistry.SUFFIX,
                                "zimbraAccountStatus 'frozen' is none of active, maintenance, lockout, locked,"
                                        + " closed, pending"),
                        org.assertj.core.groups.Tuple.tuple("uid=khongthu,ou=people," + LdapMinistry.SUFFIX,
                                "no zimbraMailDeliveryAddress or mail: the account has no mail address"));
    }

    @Test
    void activeDirectoryFlagsFileTimesContactsAndAltRecipientAreRead() {
        DirectoryRead read = new ActiveDirectorySource(new LdapDirectory(settings(Kind.ACTIVE_DIRECTORY,
                activeDirectory)), new AddressPatterns(List.of("vanphong@*")), ZONE).read();

        Map<String, Account> accounts = byAddress(read);
        assertThat(accounts).hasSize(7 + BULK + 1).doesNotContainKey("pc-01" + D);
        assertThat(accounts.get("an" + D).passwordNeverChanged()).isTrue();
        assertThat(accounts.get("binh" + D).passwordChangedAt()).isEqualTo(LocalDateTime.of(2026, 5, 1, 9, 0));
        assertThat(accounts.get("binh" + D).lastLoginAt()).isEqualTo(LocalDateTime.of(2026, 10, 20, 10, 0));
        assertThat(accounts.get("binh" + D).createdAt()).isEqualTo(LocalDateTime.of(2025, 1, 1, 8, 0));
        assertThat(accounts.get("svc-saoluu" + D).passwordExempt()).isTrue();
        assertThat(accounts.get("svc-saoluu" + D).active()).isTrue();
        assertThat(accounts.get("em" + D).active()).isFalse();
        assertThat(accounts.get("em" + D).passwordExempt()).isFalse();
        assertThat(accounts.get("chi" + D).unitCode()).isEqualTo("KHTC");
        assertThat(read.groupMembers().get("phongban" + D))
                .containsExactly("an" + D, "binh" + D, "ban.cu@gmail.com");
        assertThat(read.forwardings()).containsEntry("chi" + D, List.of("chi.home@gmail.com"));
        assertThat(read.rejections()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("cn=hoa,cn=Users," + LdapMinistry.SUFFIX);
            assertThat(r.rowKey()).isEqualTo("hoa" + D);
            assertThat(r.reason()).isEqualTo("unparseable date in pwdLastSet: '-5'");
        });
    }

    @Test
    void openLdapWithPasswordPolicyIsReadThroughTheConfiguredMapping() {
        DirectoryRead read = new GenericLdapSource(new LdapDirectory(settings(Kind.LDAP, openLdap)), mapping(),
                new AddressPatterns(List.of("vanphong@*")), ZONE).read();

        Map<String, Account> accounts = byAddress(read);
        assertThat(accounts).hasSize(7 + BULK + 1);
        assertThat(accounts.get("an" + D).passwordNeverChanged()).isTrue();
        assertThat(accounts.get("binh" + D).passwordChangedAt()).isEqualTo(LocalDateTime.of(2026, 5, 1, 9, 0));
        assertThat(accounts.get("em" + D).active()).isFalse();
        assertThat(accounts.get("chi" + D).employeeId()).isEqualTo("E-chi");
        assertThat(read.groupMembers().get("phongban" + D))
                .containsExactly("an" + D, "binh" + D, "ban.cu@gmail.com");
        assertThat(read.forwardings()).containsEntry("chi" + D, List.of("chi.home@gmail.com"));
        assertThat(read.rejections()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("uid=hoa,ou=people," + LdapMinistry.SUFFIX);
            assertThat(r.reason()).startsWith("no pwdChangedTime: the password's age cannot be evaluated");
        });
    }

    @Test
    void theSizeLimitStopsAnUnpagedSearchButNotTheSource() throws Exception {
        try (LDAPConnection connection = new LDAPConnection("127.0.0.1", openLdap.port(), openLdap.readerDn(),
                openLdap.readerPassword())) {
            assertThatThrownBy(() -> connection.search(LdapMinistry.SUFFIX, SearchScope.SUB,
                    "(objectClass=inetOrgPerson)", "mail"))
                    .isInstanceOfSatisfying(LDAPSearchException.class,
                            e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.SIZE_LIMIT_EXCEEDED));
        }
        DirectoryRead read = new GenericLdapSource(new LdapDirectory(settings(Kind.LDAP, openLdap)), mapping(),
                new AddressPatterns(List.of()), ZONE).read();
        assertThat(read.accounts()).filteredOn(a -> a.address().startsWith("nv")).hasSize(BULK);
    }

    @Test
    void aWrongPasswordNamesHostAndBaseDnButNeverThePassword() {
        DirectoryProperties wrong = settings(Kind.LDAP, openLdap, openLdap.url(), LdapMinistry.SUFFIX,
                "not-the-password-Xy7");
        assertThatThrownBy(() -> new GenericLdapSource(new LdapDirectory(wrong), mapping(),
                new AddressPatterns(List.of()), ZONE).read())
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + openLdap.port())
                .hasMessageContaining("base DN " + LdapMinistry.SUFFIX)
                .hasMessageContaining("invalid credentials")
                .hasMessageContaining("compliance.directory.password")
                .hasMessageNotContaining("not-the-password-Xy7");
    }

    @Test
    void aBaseDnThatDoesNotExistIsAConfigurationError() {
        DirectoryProperties wrong = settings(Kind.ZIMBRA, zimbra, zimbra.url(), "ou=khongco," + LdapMinistry.SUFFIX,
                zimbra.readerPassword());
        assertThatThrownBy(() -> new ZimbraSource(new LdapDirectory(wrong), new AddressPatterns(List.of()), ZONE)
                .read())
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("ou=khongco," + LdapMinistry.SUFFIX + " does not exist")
                .hasMessageContaining("compliance.directory.base-dn");
    }

    @Test
    void anUnreachableServerNamesHostPortAndBaseDn() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        DirectoryProperties unreachable = settings(Kind.ACTIVE_DIRECTORY, activeDirectory,
                "ldap://127.0.0.1:" + closed, LdapMinistry.SUFFIX, activeDirectory.readerPassword());
        assertThatThrownBy(() -> new ActiveDirectorySource(new LdapDirectory(unreachable),
                new AddressPatterns(List.of()), ZONE).read())
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageStartingWith("Cannot reach the active-directory directory at 127.0.0.1:" + closed
                        + " (base DN " + LdapMinistry.SUFFIX + ")");
    }

    @Test
    void anAttributeTheSchemaLacksStopsTheReadNamingTheSetting() {
        LdapMapping defaults = mapping();
        LdapMapping wrong = new LdapMapping(defaults.accountFilter(), defaults.groupFilter(), "mailAddress",
                defaults.displayName(), defaults.unit(), defaults.employeeId(), defaults.created(),
                defaults.passwordChanged(), defaults.dateFormat(), defaults.mustChange(), defaults.disabled(),
                defaults.lastLogin(), defaults.forwarding(), defaults.groupAddress(), defaults.groupMember());
        assertThatThrownBy(() -> new GenericLdapSource(new LdapDirectory(settings(Kind.LDAP, openLdap)), wrong,
                new AddressPatterns(List.of()), ZONE).read())
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("has no attribute mailAddress in its schema")
                .hasMessageContaining("compliance.directory.ldap");
    }

    @Test
    void zimbraKindOnADirectoryWithoutZimbraSchemaIsAConfigurationError() {
        DirectoryProperties onOpenLdap = settings(Kind.ZIMBRA, openLdap);
        assertThatThrownBy(() -> new ZimbraSource(new LdapDirectory(onOpenLdap), new AddressPatterns(List.of()), ZONE)
                .read())
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("zimbraMailDeliveryAddress")
                .hasMessageContaining("compliance.directory.kind");
    }

    @Test
    void startTlsReadsWithTheConfiguredTrustStoreAndRefusesAnUntrustedCertificate() {
        DirectoryProperties trusting = new DirectoryProperties(Kind.LDAP, secured.url(), secured.readerDn(),
                secured.readerPassword(), null, null, List.of(), secured.suffix(), true,
                new DirectoryProperties.TrustStore(secured.trustStore().path(), secured.trustStore().password(),
                        "PKCS12"), Duration.ofSeconds(10), mapping());
        assertThat(new GenericLdapSource(new LdapDirectory(trusting), mapping(), new AddressPatterns(List.of()), ZONE)
                .read().accounts()).extracting(Account::address).contains("an" + D, "phongban" + D);

        DirectoryProperties jvmTrust = new DirectoryProperties(Kind.LDAP, secured.url(), secured.readerDn(),
                secured.readerPassword(), null, null, List.of(), secured.suffix(), true,
                new DirectoryProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(10), mapping());
        assertThatThrownBy(() -> new GenericLdapSource(new LdapDirectory(jvmTrust), mapping(),
                new AddressPatterns(List.of()), ZONE).read())
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageStartingWith("Cannot reach the ldap directory at 127.0.0.1:" + secured.port());
    }

    static LdapMapping mapping() {
        LdapMapping d = LdapMapping.defaults();
        return new LdapMapping(d.accountFilter(), d.groupFilter(), d.address(), d.displayName(), d.unit(),
                d.employeeId(), d.created(), d.passwordChanged(), d.dateFormat(), d.mustChange(), d.disabled(),
                d.lastLogin(), "mailRoutingAddress", d.groupAddress(), d.groupMember());
    }

    static DirectoryProperties settings(Kind kind, SlapdServer server) {
        return settings(kind, server, server.url(), server.suffix(), server.readerPassword());
    }

    static DirectoryProperties settings(Kind kind, SlapdServer server, String url, String baseDn, String password) {
        return new DirectoryProperties(kind, url, server.readerDn(), password, null, null, List.of(), baseDn, false,
                new DirectoryProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(10), mapping());
    }

    private static Map<String, Account> byAddress(DirectoryRead read) {
        return read.accounts().stream().collect(Collectors.toMap(Account::address, Function.identity()));
    }
}
