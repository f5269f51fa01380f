package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import vn.mailcompliance.imap.internal.ImapConnector;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.StoredMessage;

class MailboxScannerIT {

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    private static final Instant NOW = Instant.parse("2026-10-31T10:00:00Z");
    private static final Instant SINCE = NOW.minus(Duration.ofDays(365));

    private static String mail(String from, String subject) {
        return "From: " + from + "\nTo: x@most.gov.vn\nSubject: " + subject
                + "\nAuthentication-Results: mx.most.gov.vn; dkim=pass header.d=example.com\n\nbody\n";
    }

    private MailboxScanner scanner(ImapProperties.Login login, String password) {
        ImapProperties settings = new ImapProperties("127.0.0.1", dovecot.port(), ImapProperties.Security.NONE,
                DovecotServer.MASTER_USER, password, login, "*", "shared/", 2,
                new ImapProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(10), new ImapProperties.Retry(1, Duration.ZERO), 0.2, 2,
                List.of("Junk", "Trash"));
        return new MailboxScanner(new ImapConnector(settings), settings);
    }

    private MailboxScanner scanner() {
        return scanner(ImapProperties.Login.SEPARATOR, dovecot.masterPassword());
    }

    @Test
    void fullScanOfSeveralMailboxesChangesNoFlagUidOrDate() throws Exception {
        List<String> mailboxes = List.of("ro1@most.gov.vn", "ro2@most.gov.vn", "ro3@most.gov.vn");
        for (String address : mailboxes) {
            dovecot.addUser(address);
            for (int i = 0; i < 5; i++) {
                dovecot.deliver(address, "INBOX", mail("a@example.com", "m" + i),
                        NOW.minus(Duration.ofDays(10 - i)), i % 2 == 0);
                dovecot.deliver(address, "Archive", mail("b@example.com", "a" + i),
                        NOW.minus(Duration.ofDays(20 - i)), i % 2 == 1);
            }
        }
        Map<String, List<StoredMessage>> before = new HashMap<>();
        for (String address : mailboxes) {
            // A first read lets Dovecot assign UIDs and move new mail to cur, as any client would.
            dovecot.messages(address, "INBOX");
            before.put(address + "/INBOX", dovecot.messages(address, "INBOX"));
            before.put(address + "/Archive", dovecot.messages(address, "Archive"));
        }

        for (String address : mailboxes) {
            MailboxScan scan = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });
            assertThat(scan.messages()).isEqualTo(10);
        }

        for (String address : mailboxes) {
            assertThat(dovecot.messages(address, "INBOX")).isEqualTo(before.get(address + "/INBOX"));
            assertThat(dovecot.messages(address, "Archive")).isEqualTo(before.get(address + "/Archive"));
            assertThat(dovecot.messages(address, "INBOX")).filteredOn(m -> m.flags().contains("\\Seen")).hasSize(3);
        }
    }

    @Test
    void noMessageLosesRecentToAFullScanAnIncrementalScanOrTheDailyUnreadRead() throws Exception {
        String address = "recent@most.gov.vn";
        dovecot.addUser(address);
        for (int i = 0; i < 4; i++) {
            dovecot.deliver(address, "INBOX", mail("a@example.com", "r" + i), NOW.minus(Duration.ofDays(3 - i)),
                    i < 2);
        }
        assertThat(recentCount(address, Folder.READ_ONLY)).as("every message is new to the mailbox").isEqualTo(4);

        MailboxScan full = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });
        dovecot.deliver(address, "INBOX", mail("a@example.com", "r4"), NOW.minus(Duration.ofHours(1)), false);
        scanner().scanHeaders(address, full.watermarks(), SINCE, NOW, (a, batch) -> { });
        assertThat(scanner().unread(address, "INBOX", NOW).unreadArrivals()).hasSize(3);

        assertThat(recentCount(address, Folder.READ_ONLY)).isEqualTo(5);
        // A mail client's SELECT takes \Recent away, which the count above would show.
        recentCount(address, Folder.READ_WRITE);
        assertThat(recentCount(address, Folder.READ_ONLY)).isZero();
    }

    /** The RECENT count a folder opened by a client of the test's own reports (EXAMINE leaves \Recent alone). */
    private static int recentCount(String address, int mode) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", dovecot.port(), dovecot.masterLogin(address), dovecot.masterPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(mode);
            int recent = inbox.getNewMessageCount();
            inbox.close(false);
            return recent;
        } finally {
            store.close();
        }
    }

    @Test
    void headersAreDecodedAndHandedOverInBatches() throws Exception {
        String address = "dec@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX",
                mail("=?UTF-8?B?TmfDom4gaMOgbmc=?= <No-Reply@Bank.Example>", "=?UTF-8?Q?Ch=C3=A0o_b=E1=BA=A1n?="),
                NOW.minus(Duration.ofDays(1)), false);
        dovecot.deliver(address, "INBOX", mail("x@example.com", "two"), NOW.minus(Duration.ofDays(1)), true);
        dovecot.deliver(address, "INBOX", mail("y@example.com", "three"), NOW.minus(Duration.ofDays(1)), true);
        List<List<MessageHeader>> batches = new ArrayList<>();

        scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> batches.add(batch));

        assertThat(batches).hasSize(2);
        MessageHeader first = batches.get(0).get(0);
        assertThat(first.fromAddress()).isEqualTo("no-reply@bank.example");
        assertThat(first.fromName()).isEqualTo("Ngân hàng");
        assertThat(first.subject()).isEqualTo("Chào bạn");
        assertThat(first.seen()).isFalse();
        assertThat(first.authenticationResults()).containsExactly("mx.most.gov.vn; dkim=pass header.d=example.com");
        assertThat(first.malformed()).isFalse();
    }

    @Test
    void authorizationIdentityLoginReadsTheUsersMailbox() throws Exception {
        String address = "authz@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "hello"), NOW.minus(Duration.ofDays(2)), false);

        MailboxScan scan = scanner(ImapProperties.Login.AUTHZID, dovecot.masterPassword())
                .scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });

        assertThat(scan.messages()).isEqualTo(1);
    }

    @Test
    void secondScanFetchesOnlyNewMessages() throws Exception {
        String address = "inc@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "1"), NOW.minus(Duration.ofDays(3)), false);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "2"), NOW.minus(Duration.ofDays(3)), false);
        MailboxScan first = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });
        dovecot.deliver(address, "INBOX", mail("a@example.com", "3"), NOW.minus(Duration.ofDays(1)), false);
        List<MessageHeader> seen = new ArrayList<>();

        MailboxScan second = scanner().scanHeaders(address, first.watermarks(), SINCE, NOW,
                (a, batch) -> seen.addAll(batch));

        assertThat(first.messages()).isEqualTo(2);
        assertThat(second.messages()).isEqualTo(1);
        assertThat(seen).extracting(MessageHeader::subject).containsExactly("3");
        assertThat(second.folders()).singleElement().satisfies(f -> {
            assertThat(f.fullRescan()).isFalse();
            assertThat(f.lastUid()).isEqualTo(3);
        });
        assertThat(scanner().scanHeaders(address, second.watermarks(), SINCE, NOW, (a, batch) -> { }).messages())
                .isZero();
    }

    @Test
    void changedUidValidityRescansTheFolderFromTheLookBack() throws Exception {
        String address = "uidv@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "old"), NOW.minus(Duration.ofDays(400)), true);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "recent"), NOW.minus(Duration.ofDays(3)), true);
        MailboxScan first = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });
        dovecot.resetUidValidity(address, "INBOX");

        MailboxScan again = scanner().scanHeaders(address, first.watermarks(), SINCE, NOW, (a, batch) -> { });

        assertThat(first.messages()).isEqualTo(1);
        assertThat(again.folders()).singleElement().satisfies(f -> {
            assertThat(f.fullRescan()).isTrue();
            assertThat(f.uidValidity()).isNotEqualTo(first.folders().get(0).uidValidity());
            assertThat(f.messages()).isEqualTo(1);
        });
    }

    @Test
    void changedUidValidityTellsTheSinkToForgetTheFolderBeforeItsHeadersComeAgain() throws Exception {
        String address = "reset@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "once"), NOW.minus(Duration.ofDays(3)), true);
        dovecot.deliver(address, "Archive", mail("a@example.com", "kept"), NOW.minus(Duration.ofDays(3)), true);
        MailboxScan first = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });
        dovecot.resetUidValidity(address, "INBOX");
        List<String> events = new ArrayList<>();
        HeaderSink recording = new HeaderSink() {
            @Override
            public void accept(String mailbox, List<MessageHeader> headers) {
                headers.forEach(h -> events.add("header " + h.folder() + " " + h.uidValidity() + " " + h.subject()));
            }

            @Override
            public void folderReset(String mailbox, String folder, long newUidValidity) {
                events.add("reset " + mailbox + " " + folder + " " + newUidValidity);
            }
        };

        MailboxScan again = scanner().scanHeaders(address, first.watermarks(), SINCE, NOW, recording);

        long newValidity = again.watermarks().get("INBOX").uidValidity();
        assertThat(newValidity).isNotEqualTo(first.watermarks().get("INBOX").uidValidity());
        assertThat(events).containsExactly("reset " + address + " INBOX " + newValidity,
                "header INBOX " + newValidity + " once");
    }

    @Test
    void onlyFoldersWithMailAboveTheirWatermarkAreRead() throws Exception {
        String address = "status@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "1"), NOW.minus(Duration.ofDays(3)), false);
        dovecot.deliver(address, "Archive", mail("a@example.com", "2"), NOW.minus(Duration.ofDays(3)), true);
        MailboxScan first = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });
        dovecot.deliver(address, "Archive", mail("a@example.com", "3"), NOW.minus(Duration.ofDays(1)), true);
        List<MessageHeader> read = new ArrayList<>();

        MailboxScan second = scanner().scanHeaders(address, first.watermarks(), SINCE, NOW,
                (a, batch) -> read.addAll(batch));

        assertThat(read).extracting(MessageHeader::subject).containsExactly("3");
        assertThat(second.watermarks()).containsEntry("INBOX", first.watermarks().get("INBOX"));
        assertThat(second.watermarks().get("Archive").lastUid()).isEqualTo(2);
    }

    @Test
    void aNestedFolderWhoseParentDoesNotExistIsReadAndTheParentSkipped() throws Exception {
        String address = "nested@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "Archive.2024", mail("a@example.com", "nested"), NOW.minus(Duration.ofDays(3)), true);

        MailboxScan scan = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });

        assertThat(scan.folders()).extracting(MailboxScan.FolderResult::folder)
                .containsExactlyInAnyOrder("INBOX", "Archive.2024");
        assertThat(scan.messages()).isEqualTo(1);
    }

    @Test
    void mailAfterTheInstantIsIgnoredAndReadNextTime() throws Exception {
        String address = "asof@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "before"), NOW.minus(Duration.ofDays(1)), false);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "after"), NOW.plus(Duration.ofHours(1)), false);

        MailboxScan first = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });
        List<MessageHeader> later = new ArrayList<>();
        scanner().scanHeaders(address, first.watermarks(), SINCE, NOW.plus(Duration.ofDays(1)),
                (a, batch) -> later.addAll(batch));

        assertThat(first.messages()).isEqualTo(1);
        assertThat(first.folders().get(0).lastUid()).isEqualTo(1);
        assertThat(later).extracting(MessageHeader::subject).containsExactly("after");
    }

    @Test
    void malformedMessagesAreCountedWithoutFailingTheMailbox() throws Exception {
        String address = "bad@most.gov.vn";
        dovecot.addUser(address);
        Path corpus = Path.of("src/test/resources/corpus/malformed");
        for (Path file : List.of(corpus.resolve("encoded-words/mail__bad_encoded_subject.eml"),
                corpus.resolve("encoded-words/spamassassin__unicode2.eml"),
                corpus.resolve("missing-or-duplicate-headers/mail__multiple_content_types.eml"))) {
            dovecot.deliver(address, "INBOX", Files.readAllBytes(file), NOW.minus(Duration.ofDays(1)), false);
        }
        dovecot.deliver(address, "INBOX", mail("a@example.com", "fine"), NOW.minus(Duration.ofDays(1)), false);

        MailboxScan scan = scanner().scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { });

        assertThat(scan.messages()).isEqualTo(4);
        assertThat(scan.malformed()).isBetween(1, 3);
    }

    @Test
    void oldestUnreadIsTheEarliestArrivalNotTheLowestUid() throws Exception {
        String address = "unread@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "1"), NOW.minus(Duration.ofDays(1)), false);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "2"), NOW.minus(Duration.ofDays(5)), false);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "3"), NOW.minus(Duration.ofDays(9)), true);
        dovecot.deliver(address, "INBOX", mail("a@example.com", "4"), NOW.plus(Duration.ofDays(1)), false);

        UnreadState state = scanner().unread(address, "INBOX", NOW);

        assertThat(state.totalMessages()).isEqualTo(4);
        assertThat(state.unreadArrivals()).hasSize(2);
        assertThat(state.oldestUnread()).contains(NOW.minus(Duration.ofDays(5)));
        assertThat(dovecot.messages(address, "INBOX")).filteredOn(m -> m.flags().contains("\\Seen")).hasSize(1);
    }

    @Test
    void wrongMasterPasswordFailsTheMailboxWithAReasonAndNoSecret() throws Exception {
        String address = "auth@most.gov.vn";
        dovecot.addUser(address);

        assertThatThrownBy(() -> scanner(ImapProperties.Login.SEPARATOR, "wrong-Pa55")
                .scanHeaders(address, Map.of(), SINCE, NOW, (a, batch) -> { }))
                .isInstanceOf(MailboxScanException.class)
                .hasMessageContaining("rejected")
                .hasMessageNotContaining("wrong-Pa55");
    }
}
