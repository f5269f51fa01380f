package vn.mailcompliance.sieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.mailcompliance.sieve.internal.ManageSieveClient;
import vn.mailcompliance.sieve.internal.ManageSieveException;
import vn.mailcompliance.sieve.internal.SieveRedirects;
import vn.mailcompliance.testsupport.DovecotServer;

/** The ManageSieve client against Dovecot's Pigeonhole, logged in with the master user as the scan is. */
class ManageSieveIT {

    private static final String STAFF = "binh.tran@most.gov.vn";
    private static final String QUIET = "chi.le@most.gov.vn";
    private static final String SCRIPT = """
            require ["copy", "fileinto"];
            # Forward everything to my own mailbox at home
            redirect :copy "Binh.Tran.1990@gmail.com";
            if header :contains "subject" "báo cáo" { fileinto "Reports"; }
            """;

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer().withManageSieve();

    @BeforeAll
    static void scripts() {
        dovecot.addUser(STAFF);
        dovecot.addUser(QUIET);
        dovecot.installSieveScript(STAFF, "old", "redirect \"nobody@yahoo.com\";\n", false);
        dovecot.installSieveScript(STAFF, "roundcube", SCRIPT, true);
    }

    private ManageSieveClient connect() throws Exception {
        return ManageSieveClient.connect(dovecot.host(), dovecot.sievePort(), Duration.ofSeconds(5),
                Duration.ofSeconds(10), null);
    }

    @Test
    void masterUserWithSeparatorListsScriptsAndReadsTheActiveOne() throws Exception {
        try (ManageSieveClient client = connect()) {
            assertThat(client.capabilities()).anyMatch(c -> c.startsWith("SASL") && c.contains("PLAIN"));
            client.authenticatePlain("", dovecot.masterLogin(STAFF), dovecot.masterPassword());
            assertThat(client.listScripts()).containsExactlyInAnyOrder(
                    new ManageSieveClient.Script("old", false), new ManageSieveClient.Script("roundcube", true));
            assertThat(client.getScript("roundcube")).isEqualTo(SCRIPT);
            assertThat(SieveRedirects.of(client.getScript(client.activeScript().orElseThrow().name())))
                    .containsExactly("binh.tran.1990@gmail.com");
        }
    }

    @Test
    void masterUserWithAuthorizationIdentityReadsTheSameScripts() throws Exception {
        try (ManageSieveClient client = connect()) {
            client.authenticatePlain(STAFF, dovecot.masterUser(), dovecot.masterPassword());
            assertThat(client.activeScript()).contains(new ManageSieveClient.Script("roundcube", true));
        }
    }

    @Test
    void aUserWithoutScriptsHasNoActiveScript() throws Exception {
        try (ManageSieveClient client = connect()) {
            client.authenticatePlain(QUIET, dovecot.masterUser(), dovecot.masterPassword());
            assertThat(client.listScripts()).isEmpty();
            assertThat(client.activeScript()).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheUserNamedAndNoPassword() throws Exception {
        try (ManageSieveClient client = connect()) {
            assertThatThrownBy(() -> client.authenticatePlain("", dovecot.masterLogin(STAFF), "wrong-secret"))
                    .isInstanceOf(ManageSieveException.class)
                    .hasMessageContaining(dovecot.masterLogin(STAFF))
                    .hasMessageNotContaining("wrong-secret");
        }
    }
}
