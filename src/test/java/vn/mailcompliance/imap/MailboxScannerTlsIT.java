package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.mailcompliance.imap.internal.ImapConnector;
import vn.mailcompliance.testsupport.DovecotServer;

/** STARTTLS against a Dovecot with a self-signed certificate: trusted only through the configured trust store. */
class MailboxScannerTlsIT {

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer().withTls();

    private static final String ADDRESS = "tls@most.gov.vn";
    private static final Instant NOW = Instant.parse("2026-10-31T10:00:00Z");

    @BeforeAll
    static void mailbox() {
        dovecot.addUser(ADDRESS);
        dovecot.deliver(ADDRESS, "INBOX", "From: a@example.com\nSubject: hi\n\nbody\n", NOW.minus(Duration.ofDays(1)),
                false);
    }

    private static MailboxScanner scanner(String host, ImapProperties.TrustStore trustStore) {
        ImapProperties settings = new ImapProperties(host, dovecot.port(), ImapProperties.Security.STARTTLS,
                DovecotServer.MASTER_USER, dovecot.masterPassword(), ImapProperties.Login.SEPARATOR, "*", "shared/", 1,
                trustStore, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10),
                new ImapProperties.Retry(1, Duration.ZERO), 0.2, 100, List.of());
        return new MailboxScanner(new ImapConnector(settings), settings);
    }

    private static ImapProperties.TrustStore configured() {
        return new ImapProperties.TrustStore(dovecot.trustStore().path(), dovecot.trustStore().password(),
                dovecot.trustStore().type());
    }

    @Test
    void startTlsWithTheConfiguredTrustStoreScansTheMailbox() {
        MailboxScan scan = scanner("localhost", configured())
                .scanHeaders(ADDRESS, Map.of(), NOW.minus(Duration.ofDays(30)), NOW, (a, batch) -> { });

        assertThat(scan.messages()).isEqualTo(1);
        assertThat(scanner("localhost", configured()).unread(ADDRESS, "INBOX", NOW).unreadArrivals()).hasSize(1);
    }

    @Test
    void startTlsWithoutTheTrustStoreFailsTheMailboxWithAReasonAndNoSecret() {
        assertThatThrownBy(() -> scanner("localhost", new ImapProperties.TrustStore(null, null, "PKCS12"))
                .scanHeaders(ADDRESS, Map.of(), NOW.minus(Duration.ofDays(30)), NOW, (a, batch) -> { }))
                .isInstanceOf(MailboxScanException.class)
                .hasMessageContaining("TLS with localhost:" + dovecot.port() + " failed")
                .hasMessageContaining("compliance.imap.trust-store")
                .hasMessageNotContaining(dovecot.masterPassword());
    }
}
