package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.cli.InProcessCommand.embeddedDatabase;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import vn.mailcompliance.directory.LdapMinistryAccess;
import vn.mailcompliance.testsupport.SlapdServer;

/** The LDAP directory settings as an operator meets them on the command line: every mistake is exit status 2. */
class LdapDirectoryCommandIT {

    @RegisterExtension
    static SlapdServer slapd = new SlapdServer(LdapMinistryAccess.SUFFIX).withSchema("/etc/ldap/schema/misc.schema")
            .withModule("ppolicy").withLdif(LdapMinistryAccess.openLdap());

    @TempDir
    Path workDir;

    private final InProcessCommand cli = new InProcessCommand();

    @Test
    void aRefusedBindIsAConfigurationErrorNamingHostAndBaseDnButNeverThePassword() throws Exception {
        try (ServerSocket imap = new ServerSocket(0)) {
            assertThat(cli.run("sync", "--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imap.getLocalPort(),
                    "--compliance.directory.kind=ldap", "--compliance.directory.url=" + slapd.url(),
                    "--compliance.directory.base-dn=" + slapd.suffix(),
                    "--compliance.directory.username=" + slapd.readerDn(),
                    "--compliance.directory.password=Wr0ng-b1nd-secret", embeddedDatabase(workDir)))
                    .isEqualTo(CommandLine.USAGE);
        }
        assertThat(cli.errors()).contains("127.0.0.1:" + slapd.port()).contains("base DN " + slapd.suffix())
                .contains("invalid credentials").doesNotContain("Wr0ng-b1nd-secret");
        assertThat(cli.output()).doesNotContain("Wr0ng-b1nd-secret");
    }

    @Test
    void aReadThatFindsNoAccountChangesNothingAndStopsWithUsageStatus() throws Exception {
        try (ServerSocket imap = new ServerSocket(0)) {
            String[] settings = {"--compliance.imap.host=127.0.0.1", "--compliance.imap.port=" + imap.getLocalPort(),
                    "--compliance.directory.kind=ldap", "--compliance.directory.url=" + slapd.url(),
                    "--compliance.directory.base-dn=" + slapd.suffix(),
                    "--compliance.directory.username=" + slapd.readerDn(),
                    "--compliance.directory.password=" + slapd.readerPassword(), embeddedDatabase(workDir)};
            assertThat(cli.run(concat(new String[] {"sync"}, settings))).isEqualTo(CommandLine.DONE);
            cli.reset();
            assertThat(cli.run(concat(new String[] {"sync", "--compliance.directory.ldap.account-filter=(uid=nobody)",
                    "--compliance.directory.ldap.group-filter="}, settings))).isEqualTo(CommandLine.USAGE);
        }
        assertThat(cli.errors()).contains("returned no account while").contains("nothing was changed");
    }

    private static String[] concat(String[] first, String[] second) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(second))
                .toArray(String[]::new);
    }

    @Test
    void anUnreachableDirectoryStopsBeforeAnythingStartsNamingHostPortAndBaseDn() throws Exception {
        int closed = ClosedPort.find();
        try (ServerSocket imap = new ServerSocket(0)) {
            assertThat(cli.run("sync", "--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imap.getLocalPort(),
                    "--compliance.directory.kind=zimbra", "--compliance.directory.url=ldap://127.0.0.1:" + closed,
                    "--compliance.directory.base-dn=" + slapd.suffix(), embeddedDatabase(workDir)))
                    .isEqualTo(CommandLine.USAGE);
        }
        assertThat(cli.errors()).contains("127.0.0.1:" + closed).contains("base DN " + slapd.suffix());
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void anLdapKindWithoutBaseDnNamesTheSettingAndWritesNothing() throws Exception {
        try (ServerSocket imap = new ServerSocket(0)) {
            assertThat(cli.run("sync", "--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imap.getLocalPort(),
                    "--compliance.directory.kind=active-directory", "--compliance.directory.url=" + slapd.url(),
                    embeddedDatabase(workDir))).isEqualTo(CommandLine.USAGE);
        }
        assertThat(cli.errors()).contains("compliance.directory.base-dn");
        assertThat(workDir.resolve("db")).doesNotExist();
    }
}
