package vn.mailcompliance.imap.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.MailboxScanException;

class ImapConnectorTest {

    private static final String SECRET = "s3cret-Pa55";

    private static ImapProperties settings(String host, int port, ImapProperties.Security security,
                                           ImapProperties.TrustStore trustStore) {
        return new ImapProperties(host, port, security, "auditor", SECRET, ImapProperties.Login.SEPARATOR, "*",
                "shared/", 1,
                trustStore, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
                new ImapProperties.Retry(1, Duration.ZERO), 0.2, 10, List.of());
    }

    private static ImapConnector connector(String host, int port) {
        return new ImapConnector(settings(host, port, ImapProperties.Security.NONE,
                new ImapProperties.TrustStore(null, null, "PKCS12")));
    }

    @Test
    void failuresAreClassifiedByTheirCauseBeforeTheirType() {
        assertThat(ImapConnector.classify(new MessagingException("x", new UnknownHostException("h"))))
                .isEqualTo(ImapConnector.Failure.UNKNOWN_HOST);
        assertThat(ImapConnector.classify(new MessagingException("x", new ConnectException("refused"))))
                .isEqualTo(ImapConnector.Failure.REFUSED);
        assertThat(ImapConnector.classify(new MessagingException("x", new SocketTimeoutException("late"))))
                .isEqualTo(ImapConnector.Failure.TIMEOUT);
        assertThat(ImapConnector.classify(new MessagingException("x", new SSLHandshakeException("PKIX"))))
                .isEqualTo(ImapConnector.Failure.TLS);
        assertThat(ImapConnector.classify(new MessagingException("x", new EOFException())))
                .isEqualTo(ImapConnector.Failure.CONNECTION_LOST);
        assertThat(ImapConnector.classify(new AuthenticationFailedException("failed to connect")))
                .isEqualTo(ImapConnector.Failure.AUTHENTICATION);
        assertThat(ImapConnector.classify(new MessagingException("NO [SERVERBUG]")))
                .isEqualTo(ImapConnector.Failure.OTHER);
    }

    @Test
    void authenticationFailureCausedByAnUnreachableHostIsAConnectionFailure() {
        AuthenticationFailedException wrapped = new AuthenticationFailedException("failed",
                new ConnectException("Connection refused"));

        assertThat(ImapConnector.classify(wrapped)).isEqualTo(ImapConnector.Failure.REFUSED);
    }

    @Test
    void unknownHostIsReportedAsSuchNotAsARejectedLogin() {
        assertThatThrownBy(() -> connector("imap.invalid", 993).open("a@most.gov.vn"))
                .isInstanceOf(MailboxScanException.class)
                .hasMessageContaining("cannot connect to imap.invalid:993")
                .hasMessageContaining("unknown host")
                .hasMessageNotContaining("rejected")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void closedPortIsReportedAsRefusedWithHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closed = port;

        assertThatThrownBy(() -> connector("127.0.0.1", closed).open("a@most.gov.vn"))
                .isInstanceOf(MailboxScanException.class)
                .hasMessageContaining("cannot connect to 127.0.0.1:" + closed)
                .hasMessageContaining("refused")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void rejectedLoginNamesTheMailboxTheMasterUserAndTheServer() {
        String reason = connector("mail.most.gov.vn", 143).reason("a@most.gov.vn",
                new AuthenticationFailedException("AUTHENTICATIONFAILED"));

        assertThat(reason).contains("a@most.gov.vn", "auditor", "mail.most.gov.vn:143", "rejected")
                .doesNotContain(SECRET);
    }

    @Test
    void implicitTlsVerifiesTheServerCertificateAndItsName(@TempDir Path dir) throws Exception {
        Path trustStore = dir.resolve("trust.p12");
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        try (var out = Files.newOutputStream(trustStore)) {
            empty.store(out, "changeit".toCharArray());
        }

        var properties = new ImapConnector(settings("mail.most.gov.vn", 993, ImapProperties.Security.SSL,
                new ImapProperties.TrustStore(trustStore, "changeit", "PKCS12"))).sessionProperties();

        assertThat(properties.getProperty("mail.imaps.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(properties.get("mail.imaps.ssl.socketFactory")).isInstanceOf(SSLSocketFactory.class);
        assertThat(properties.getProperty("mail.imaps.ssl.trust")).isNull();
        assertThat(properties.keySet()).noneMatch(k -> k.toString().startsWith("mail.imap."));
    }

    @Test
    void startTlsIsRequiredNotOptional() {
        var properties = new ImapConnector(settings("mail.most.gov.vn", 143, ImapProperties.Security.STARTTLS,
                new ImapProperties.TrustStore(null, null, "PKCS12"))).sessionProperties();

        assertThat(properties.getProperty("mail.imap.starttls.required")).isEqualTo("true");
        assertThat(properties.getProperty("mail.imap.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(properties.get("mail.imap.ssl.socketFactory")).isNull();
    }

    @Test
    void unreadableTrustStoreIsABadSettingNamingTheFile(@TempDir Path dir) throws Exception {
        Path notAStore = Files.writeString(dir.resolve("trust.p12"), "not a key store");

        assertThatThrownBy(() -> new ImapConnector(settings("h", 993, ImapProperties.Security.SSL,
                new ImapProperties.TrustStore(notAStore, "pw-secret", "PKCS12"))))
                .hasMessageContaining("compliance.imap.trust-store.path")
                .hasMessageContaining(notAStore.toString())
                .hasMessageNotContaining("pw-secret");
    }
}
