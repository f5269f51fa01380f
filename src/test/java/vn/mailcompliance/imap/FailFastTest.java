package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

class FailFastTest {

    private static FailFast failFast(ImapProperties.Login login) {
        return new FailFast(new ImapProperties("mail.most.gov.vn", 993, ImapProperties.Security.SSL, "auditor",
                "secret", login, "*", "shared/", 4, new ImapProperties.TrustStore(null, null, "PKCS12"),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10),
                new ImapProperties.Retry(3, Duration.ofSeconds(2)), 0.2, 500, List.of()));
    }

    private static MailboxScanException refused() {
        return new MailboxScanException("login to a@most.gov.vn as auditor rejected",
                new AuthenticationFailedException("AUTHENTICATIONFAILED"));
    }

    @Test
    void anUntrustedCertificateStopsTheScanAtTheFirstMailbox() {
        MailboxScanException tls = new MailboxScanException("TLS with mail.most.gov.vn:993 failed",
                new MessagingException("connect", new SSLHandshakeException("PKIX path building failed")));

        assertThatThrownBy(() -> failFast(ImapProperties.Login.SEPARATOR).check(tls))
                .isInstanceOf(ScanCannotContinueException.class)
                .hasMessageContaining("TLS with mail.most.gov.vn:993 failed");
    }

    @Test
    void theAuditorsOwnLoginRefusedStopsTheScanAtOnce() {
        assertThatThrownBy(() -> failFast(ImapProperties.Login.SHARED).check(refused()))
                .isInstanceOf(ScanCannotContinueException.class)
                .hasMessageContaining("the auditor's login was refused");
    }

    @Test
    void aMasterUserLoginRefusedForSeveralMailboxesInARowWithNoneAcceptedStopsTheScan() {
        FailFast failFast = failFast(ImapProperties.Login.SEPARATOR);
        for (int i = 1; i < FailFast.REFUSALS_IN_A_ROW; i++) {
            failFast.check(refused());
        }
        failFast.accepted();
        for (int i = 1; i < FailFast.REFUSALS_IN_A_ROW; i++) {
            assertThatCode(() -> failFast.check(refused())).as("a missing mailbox is one mailbox's failure")
                    .doesNotThrowAnyException();
        }

        assertThatThrownBy(() -> failFast.check(refused())).isInstanceOf(ScanCannotContinueException.class)
                .hasMessageContaining("refused for " + FailFast.REFUSALS_IN_A_ROW + " mailboxes in a row")
                .hasMessageContaining("compliance.imap.master-password");
    }

    @Test
    void aMailboxThatCannotBeReachedIsRetriedAsBefore() {
        MailboxScanException refusedConnection = new MailboxScanException("cannot connect",
                new MessagingException("connect", new ConnectException("Connection refused")));

        assertThatCode(() -> failFast(ImapProperties.Login.SHARED).check(refusedConnection))
                .doesNotThrowAnyException();
    }
}
