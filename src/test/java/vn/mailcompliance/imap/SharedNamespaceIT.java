package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.mail.Folder;
import jakarta.mail.ReadOnlyFolderException;
import jakarta.mail.Store;
import vn.mailcompliance.imap.internal.ImapConnector;
import vn.mailcompliance.imap.internal.PipelinedUnread;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.StoredMessage;

class SharedNamespaceIT {

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer().withSharedNamespace();

    private static final Instant NOW = Instant.parse("2026-10-31T10:00:00Z");

    private static ImapProperties settings(ImapProperties.Login login, String password) {
        return new ImapProperties("127.0.0.1", dovecot.port(), ImapProperties.Security.NONE,
                DovecotServer.MASTER_USER, password, login, "*", DovecotServer.SHARED_PREFIX, 2,
                new ImapProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(10), new ImapProperties.Retry(1, Duration.ZERO), 0.2, 100, List.of());
    }

    private static MailboxScanner scanner(ImapProperties.Login login, String password) {
        ImapProperties settings = settings(login, password);
        return new MailboxScanner(new ImapConnector(settings), settings);
    }

    private static String mail(String subject) {
        return "From: a@example.com\nTo: x@most.gov.vn\nSubject: " + subject + "\n\nbody\n";
    }

    private static void seed(String address, int unseen, int seen) {
        dovecot.addUser(address);
        for (int i = 0; i < unseen; i++) {
            dovecot.deliver(address, "INBOX", mail("u" + i), NOW.minus(Duration.ofHours(5 + 7L * i)), false);
        }
        for (int i = 0; i < seen; i++) {
            dovecot.deliver(address, "INBOX", mail("s" + i), NOW.minus(Duration.ofHours(3 + 11L * i)), true);
        }
        // Arrived after the check instant: not counted.
        dovecot.deliver(address, "INBOX", mail("late"), NOW.plus(Duration.ofMinutes(5)), false);
    }

    @Test
    void sharedLoginGivesTheSameUnreadStateAsTheSeparatorLoginAndChangesNothing() {
        List<String> mailboxes = List.of("vp1@most.gov.vn", "vp2@most.gov.vn", "vp3@most.gov.vn", "vp4@most.gov.vn");
        seed(mailboxes.get(0), 3, 2);
        seed(mailboxes.get(1), 0, 4);
        seed(mailboxes.get(2), 6, 0);
        dovecot.addUser(mailboxes.get(3));
        Map<String, List<StoredMessage>> before = new HashMap<>();
        for (String address : mailboxes) {
            dovecot.messages(address, "INBOX");
            before.put(address, dovecot.messages(address, "INBOX"));
        }

        MailboxScanner separator = scanner(ImapProperties.Login.SEPARATOR, dovecot.masterPassword());
        try (MailboxAccess shared = scanner(ImapProperties.Login.SHARED, dovecot.masterPassword()).access()) {
            for (String address : mailboxes) {
                UnreadState expected = separator.unread(address, "INBOX", NOW);
                UnreadState actual = shared.unread(address, "INBOX", NOW);
                assertThat(actual).isEqualTo(expected);
                assertThat(actual.oldestUnread()).isEqualTo(expected.oldestUnread());
            }
            assertThat(shared.unread(mailboxes.get(0), "INBOX", NOW).unreadArrivals()).hasSize(3);
            assertThat(shared.unread(mailboxes.get(2), "INBOX", NOW).oldestUnread())
                    .contains(NOW.minus(Duration.ofHours(5 + 7L * 5)));
        }

        for (String address : mailboxes) {
            assertThat(dovecot.messages(address, "INBOX")).isEqualTo(before.get(address));
        }
    }

    @Test
    void oneAuditorLoginServesEveryMailboxReadOneAfterAnother() throws Exception {
        List<String> mailboxes = List.of("one1@most.gov.vn", "one2@most.gov.vn", "one3@most.gov.vn");
        for (String address : mailboxes) {
            seed(address, 1, 1);
        }
        long loginsBefore = auditorLogins();

        try (MailboxAccess shared = scanner(ImapProperties.Login.SHARED, dovecot.masterPassword()).access()) {
            for (String address : mailboxes) {
                assertThat(shared.unread(address, "INBOX", NOW).unreadArrivals()).hasSize(1);
            }
        }

        assertThat(auditorLogins() - loginsBefore).isEqualTo(1);
    }

    @Test
    void aMailboxMissingBetweenTwoOthersFailsAloneAndLeavesTheirStatesTheirOwn() throws Exception {
        seed("before@most.gov.vn", 4, 1);
        seed("after@most.gov.vn", 0, 2);
        ImapConnector connector = new ImapConnector(settings(ImapProperties.Login.SHARED, dovecot.masterPassword()));
        Store auditor = connector.openAsAuditor();
        try {
            assertThat(PipelinedUnread.supported((IMAPStore) auditor))
                    .as("Dovecot announces SEARCHRES: each read is one pipelined round trip").isTrue();
        } finally {
            auditor.close();
        }

        try (MailboxAccess shared = scanner(ImapProperties.Login.SHARED, dovecot.masterPassword()).access()) {
            assertThat(shared.unread("before@most.gov.vn", "INBOX", NOW).unreadArrivals()).hasSize(4);
            assertThatThrownBy(() -> shared.unread("gone@most.gov.vn", "INBOX", NOW))
                    .isInstanceOf(MailboxScanException.class)
                    .hasMessageContaining("gone@most.gov.vn");
            UnreadState after = shared.unread("after@most.gov.vn", "INBOX", NOW);
            assertThat(after.unreadArrivals()).isEmpty();
            assertThat(after.totalMessages()).isEqualTo(3);
        }
    }

    private static long auditorLogins() throws Exception {
        return Files.readAllLines(dovecot.logFile()).stream()
                .filter(line -> line.contains("Login: user=<" + DovecotServer.MASTER_USER + ">")).count();
    }

    @Test
    void theServerRefusesToMarkASharedFolderSeenEvenWhenAskedToOpenItReadWrite() throws Exception {
        String address = "guarded@most.gov.vn";
        seed(address, 2, 0);
        dovecot.messages(address, "INBOX");
        List<StoredMessage> before = dovecot.messages(address, "INBOX");
        ImapConnector connector = new ImapConnector(settings(ImapProperties.Login.SHARED, dovecot.masterPassword()));

        Store store = connector.openAsAuditor();
        try {
            String name = DovecotServer.SHARED_PREFIX + address + "/INBOX";
            IMAPFolder folder = (IMAPFolder) store.getFolder(name);
            assertThatThrownBy(() -> folder.open(Folder.READ_WRITE)).as("the server answers a SELECT with READ-ONLY")
                    .isInstanceOf(ReadOnlyFolderException.class);
            // SELECT and STORE sent raw, past the client's own read-only guard: only the server can refuse them.
            String stored = (String) folder.doCommand(protocol -> {
                protocol.command("SELECT \"" + name + "\"", null);
                Response[] answer = protocol.command("UID STORE 1:* +FLAGS (\\Seen)", null);
                return Arrays.toString(answer);
            });
            assertThat(stored).as("no FETCH answer with new flags").doesNotContain("FETCH");
        } finally {
            store.close();
        }

        assertThat(dovecot.messages(address, "INBOX")).isEqualTo(before)
                .noneMatch(m -> m.flags().contains("\\Seen"));
    }

    @Test
    void aWrongAuditorPasswordFailsWithAReasonAndNoSecret() {
        String address = "locked@most.gov.vn";
        seed(address, 1, 0);
        String wrong = "not-the-" + dovecot.masterPassword();

        try (MailboxAccess shared = scanner(ImapProperties.Login.SHARED, wrong).access()) {
            assertThatThrownBy(() -> shared.unread(address, "INBOX", NOW))
                    .isInstanceOf(MailboxScanException.class)
                    .hasMessageContaining("login as auditor rejected")
                    .hasMessageContaining("compliance.imap.master-password")
                    .hasMessageNotContaining(wrong)
                    .hasMessageNotContaining(dovecot.masterPassword());
        }
    }

    @Test
    void aMailboxMissingFromTheSharedNamespaceIsAFailureNamingTheAcl() {
        try (MailboxAccess shared = scanner(ImapProperties.Login.SHARED, dovecot.masterPassword()).access()) {
            assertThatThrownBy(() -> shared.unread("nobody@most.gov.vn", "INBOX", NOW))
                    .isInstanceOf(MailboxScanException.class)
                    .hasMessageContaining("nobody@most.gov.vn")
                    .hasMessageContaining("ACL");
        }
    }
}
