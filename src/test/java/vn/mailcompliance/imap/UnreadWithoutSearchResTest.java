package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import vn.mailcompliance.imap.internal.ImapConnector;
import vn.mailcompliance.imap.internal.PipelinedUnread;

/** GreenMail has no SEARCHRES: the unread state is read one command at a time there, and must come out the same. */
class UnreadWithoutSearchResTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP);

    private static final Instant NOW = Instant.parse("2026-10-31T10:00:00Z");
    private static final String ADDRESS = "vanthu@most.gov.vn";
    private static final String PASSWORD = "auditor-Pa55";

    private static ImapProperties settings() {
        return new ImapProperties("127.0.0.1", greenMail.getImap().getPort(), ImapProperties.Security.NONE,
                "auditor", PASSWORD, ImapProperties.Login.SEPARATOR, "*", "shared/", 1,
                new ImapProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(10), new ImapProperties.Retry(1, Duration.ZERO), 0.2, 100, List.of());
    }

    private static void append(MailFolder inbox, String subject, Instant arrived, boolean seen) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("a@example.com");
        message.setSubject(subject);
        message.setText("body");
        message.saveChanges();
        inbox.appendMessage(message, seen ? new Flags(Flags.Flag.SEEN) : new Flags(), Date.from(arrived));
    }

    @Test
    void aServerWithoutSearchResIsReadOneCommandAtATimeWithTheSameResult() throws Exception {
        GreenMailUser user = greenMail.setUser(ADDRESS, ADDRESS + "*auditor", PASSWORD);
        MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
        append(inbox, "1", NOW.minus(Duration.ofDays(1)), false);
        append(inbox, "2", NOW.minus(Duration.ofDays(5)), false);
        append(inbox, "3", NOW.minus(Duration.ofDays(9)), true);
        append(inbox, "after the check instant", NOW.plus(Duration.ofMinutes(5)), false);
        ImapConnector connector = new ImapConnector(settings());
        Store store = connector.open(ADDRESS);
        try {
            assertThat(PipelinedUnread.supported((IMAPStore) store)).as("GreenMail announces SEARCHRES").isFalse();
        } finally {
            store.close();
        }

        UnreadState state = new MailboxScanner(connector, settings()).unread(ADDRESS, "INBOX", NOW);

        assertThat(state.totalMessages()).isEqualTo(4);
        assertThat(state.unreadArrivals())
                .containsExactlyInAnyOrder(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(5)));
        assertThat(inbox.getMessages()).filteredOn(m -> m.getFlags().contains(Flags.Flag.SEEN)).hasSize(1);
    }
}
