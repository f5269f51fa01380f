package vn.mailcompliance.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class DirectoryPropertiesTest {

    @Test
    void settingsPrintedAnywhereNeverShowTheDirectoryPassword() {
        var settings = new DirectoryProperties(DirectoryProperties.Kind.IREDMAIL, "jdbc:mysql://mail.example.vn/vmail",
                "audit", "Vmail-s3cret", null, Path.of("jobs/directory.sql"), List.of());

        assertThat(settings.toString()).contains("mail.example.vn", "audit").doesNotContain("Vmail-s3cret");
    }

    @Test
    void anLdapKindNeedsAnLdapUrlAndABaseDn() {
        assertThatThrownBy(() -> ldap(DirectoryProperties.Kind.ZIMBRA, "jdbc:mysql://mail.example.vn/vmail",
                "dc=most,dc=gov,dc=vn", false, "generalized"))
                .hasMessageContaining("ldap://host:port or ldaps://host:port");
        assertThatThrownBy(() -> ldap(DirectoryProperties.Kind.ACTIVE_DIRECTORY, "ldaps://dc01.most.local:636", " ",
                false, "generalized"))
                .hasMessageContaining("compliance.directory.base-dn");
        assertThat(ldap(DirectoryProperties.Kind.ACTIVE_DIRECTORY, "ldaps://dc01.most.local:636",
                "DC=most,DC=local", false, "generalized").baseDn()).isEqualTo("DC=most,DC=local");
    }

    @Test
    void startTlsOnAnLdapsUrlAndAnUnknownDateFormatAreRefused() {
        assertThatThrownBy(() -> ldap(DirectoryProperties.Kind.LDAP, "ldaps://ldap.most.gov.vn", "dc=most,dc=gov,dc=vn",
                true, "generalized"))
                .hasMessageContaining("start-tls applies to ldap:// only");
        assertThatThrownBy(() -> ldap(DirectoryProperties.Kind.LDAP, "ldap://ldap.most.gov.vn", "dc=most,dc=gov,dc=vn",
                false, "weekly{"))
                .hasMessageContaining("compliance.directory.ldap.date-format 'weekly{'");
        assertThat(ldap(DirectoryProperties.Kind.LDAP, "ldap://ldap.most.gov.vn:389", "dc=most,dc=gov,dc=vn", true,
                "days").startTls()).isTrue();
    }

    @Test
    void theSqlKindsNeedNoLdapSettings() {
        assertThat(new DirectoryProperties(DirectoryProperties.Kind.POSTFIXADMIN, "jdbc:mysql://mail/postfix", "audit",
                "x", null, Path.of("jobs/directory.sql"), List.of()).baseDn()).isNull();
    }

    private static DirectoryProperties ldap(DirectoryProperties.Kind kind, String url, String baseDn, boolean startTls,
                                            String dateFormat) {
        DirectoryProperties.LdapMapping d = DirectoryProperties.LdapMapping.defaults();
        return new DirectoryProperties(kind, url, "cn=reader", "secret", null, null, List.of(), baseDn, startTls,
                new DirectoryProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(30),
                new DirectoryProperties.LdapMapping(d.accountFilter(), d.groupFilter(), d.address(), d.displayName(),
                        d.unit(), d.employeeId(), d.created(), d.passwordChanged(), dateFormat, d.mustChange(),
                        d.disabled(), d.lastLogin(), d.forwarding(), d.groupAddress(), d.groupMember()));
    }
}
