package vn.mailcompliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.net.ConnectException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DovecotServerTest {

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    /** Stopped, restarted and re-indexed by some tests; the shared server above is never disturbed. */
    @RegisterExtension
    static DovecotServer restartable = new DovecotServer();

    @RegisterExtension
    static DovecotServer tlsDovecot = new DovecotServer().withTls();

    static final String ALICE = "alice@bo-tc.gov.vn";
    static final String BOB = "bob@bo-tc.gov.vn";

    static final Instant OLD_SEEN = Instant.parse("2024-03-01T08:15:30Z");
    static final Instant OLDEST_UNSEEN = Instant.parse("2024-05-02T01:02:03Z");
    static final Instant NEWEST_UNSEEN = Instant.parse("2025-01-20T23:59:58Z");
    static final Instant ARCHIVED = Instant.parse("2023-11-11T11:11:11Z");

    @BeforeAll
    static void mailboxes() {
        dovecot.addUser(ALICE);
        dovecot.addUser(BOB);
        // delivery order on purpose differs from date order
        dovecot.deliver(ALICE, "INBOX", message("a1 newest unseen"), NEWEST_UNSEEN, false);
        dovecot.deliver(ALICE, "INBOX", message("a2 old seen"), OLD_SEEN, true);
        dovecot.deliver(ALICE, "INBOX", message("a3 oldest unseen").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                OLDEST_UNSEEN, false);
        dovecot.deliver(ALICE, "Archive.2023", message("a4 archived"), ARCHIVED, true);
        dovecot.deliver(BOB, "INBOX", message("b1 bob's only message"), OLD_SEEN, false);
    }

    static String message(String subject) {
        return "From: Sender <sender@example.com>\n"
                + "To: someone@bo-tc.gov.vn\n"
                + "Subject: " + subject + "\n"
                + "Date: Mon, 1 Jan 2024 08:00:00 +0700\n"
                + "Message-ID: <" + subject.replaceAll("\\W", "") + "@example.com>\n"
                + "\n"
                + "Body of " + subject + "\n";
    }

    // ------------------------------------------------------------------ master user logins

    @Test
    void masterUserWithSeparatorLoginOpensTheTargetUsersMailboxReadOnly() throws Exception {
        Store store = connect(dovecot, baseProperties(), dovecot.masterLogin(ALICE), dovecot.masterPassword());
        try {
            assertThat(dovecot.masterLogin(ALICE)).isEqualTo(ALICE + "*auditor");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                assertThat(inbox.getMessageCount()).isEqualTo(3);
                assertThat(inbox.getUnreadMessageCount()).isEqualTo(2);
                Message[] messages = inbox.getMessages();
                assertThat(subjects(messages)).containsExactly("a1 newest unseen", "a2 old seen", "a3 oldest unseen");
                assertThat(Arrays.stream(messages).map(this::receivedDate))
                        .containsExactly(NEWEST_UNSEEN, OLD_SEEN, OLDEST_UNSEEN);
                assertThat(Arrays.stream(messages).map(m -> isSeen(m)))
                        .containsExactly(false, true, false);
            } finally {
                inbox.close(false);
            }
            Folder archive = store.getFolder("Archive.2023");
            archive.open(Folder.READ_ONLY);
            try {
                assertThat(archive.getMessageCount()).isEqualTo(1);
                Message m = archive.getMessage(1);
                assertThat(m.getSubject()).isEqualTo("a4 archived");
                assertThat(receivedDate(m)).isEqualTo(ARCHIVED);
                assertThat(isSeen(m)).isTrue();
            } finally {
                archive.close(false);
            }
            assertThat(store.getDefaultFolder().getSeparator()).isEqualTo('.');
        } finally {
            store.close();
        }
    }

    @Test
    void masterUserLogsInWithSaslPlainAuthorizationIdentity() throws Exception {
        Properties props = baseProperties();
        props.put("mail.imap.sasl.enable", "true");
        props.put("mail.imap.sasl.mechanisms", "PLAIN");
        props.put("mail.imap.sasl.authorizationid", BOB);
        Store store = connect(dovecot, props, dovecot.masterUser(), dovecot.masterPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                assertThat(subjects(inbox.getMessages())).containsExactly("b1 bob's only message");
                assertThat(inbox.getUnreadMessageCount()).isEqualTo(1);
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
        assertThat(Files.readString(dovecot.logFile())).contains("Login: user=<" + BOB + ">, method=PLAIN");
    }

    @Test
    void wrongMasterPasswordIsRejected() {
        assertThatThrownBy(() -> connect(dovecot, baseProperties(), dovecot.masterLogin(ALICE), "not-the-password"))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void masterLoginToAnUnknownUserIsRejected() {
        assertThatThrownBy(() -> connect(dovecot, baseProperties(),
                "nobody@bo-tc.gov.vn*auditor", dovecot.masterPassword()))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void userLogsInWithFullAddressAndOwnPassword() throws Exception {
        Store store = connect(dovecot, baseProperties(), BOB, dovecot.password(BOB));
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            inbox.close(false);
        } finally {
            store.close();
        }
        assertThatThrownBy(() -> connect(dovecot, baseProperties(), BOB, dovecot.password(ALICE)))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    // ------------------------------------------------------------------ messages() as the native anchor

    @Test
    void messagesReportsWhatImapSeesAndReadOnlyReadingChangesNothing() throws Exception {
        List<StoredMessage> before = dovecot.messages(ALICE, "INBOX");
        assertThat(before).hasSize(3);
        assertThat(before).extracting(StoredMessage::internalDate).containsExactly(NEWEST_UNSEEN, OLD_SEEN, OLDEST_UNSEEN);
        assertThat(before).extracting(StoredMessage::seen).containsExactly(false, true, false);
        assertThat(before.get(1).flags()).containsExactly("\\Seen");
        assertThat(before.get(0).flags()).isEmpty();

        Store store = connect(dovecot, baseProperties(), dovecot.masterLogin(ALICE), dovecot.masterPassword());
        List<StoredMessage> overImap = new ArrayList<>();
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            UIDFolder uids = (UIDFolder) inbox;
            for (Message m : inbox.getMessages()) {
                m.getContent(); // full body read: must not set \Seen
                overImap.add(new StoredMessage(uids.getUID(m), isSeen(m) ? Set.of("\\Seen") : Set.of(), receivedDate(m)));
            }
            inbox.close(false);
        } finally {
            store.close();
        }
        assertThat(overImap).isEqualTo(before);
        assertThat(dovecot.messages(ALICE, "INBOX")).isEqualTo(before);
        assertThat(dovecot.messages(ALICE, "Archive.2023"))
                .singleElement()
                .satisfies(m -> assertThat(m.internalDate()).isEqualTo(ARCHIVED))
                .satisfies(m -> assertThat(m.seen()).isTrue());
    }

    @Test
    void messagesDetectsAFlagChangeMadeByTheMasterUser() throws Exception {
        String erin = "erin@bo-tc.gov.vn";
        dovecot.addUser(erin);
        dovecot.deliver(erin, "INBOX", message("e1"), OLDEST_UNSEEN, false);
        List<StoredMessage> before = dovecot.messages(erin, "INBOX");

        Store store = connect(dovecot, baseProperties(), dovecot.masterLogin(erin), dovecot.masterPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE); // the master user can write: read-only is the client's discipline
            inbox.getMessage(1).setFlag(Flags.Flag.SEEN, true);
            inbox.close(false);
        } finally {
            store.close();
        }
        List<StoredMessage> after = dovecot.messages(erin, "INBOX");
        assertThat(after).isNotEqualTo(before);
        assertThat(after.get(0).flags()).containsExactly("\\Seen");
        assertThat(after.get(0).internalDate()).isEqualTo(before.get(0).internalDate());
    }

    @Test
    void uidsFollowDeliveryOrderNotInternalDate() throws Exception {
        String carl = "carl@bo-tc.gov.vn";
        dovecot.addUser(carl);
        Instant[] dates = {
            Instant.parse("2025-03-03T03:03:03Z"), Instant.parse("2021-01-01T01:01:01Z"), Instant.parse("2023-02-02T02:02:02Z")
        };
        for (int i = 0; i < dates.length; i++) {
            dovecot.deliver(carl, "Order", message("m" + i), dates[i], false);
        }
        List<StoredMessage> stored = dovecot.messages(carl, "Order");
        assertThat(stored).extracting(StoredMessage::uid).containsExactly(1L, 2L, 3L);
        assertThat(stored).extracting(StoredMessage::internalDate).containsExactly(dates);

        // a message delivered after Dovecot indexed the folder gets the next UID
        dovecot.deliver(carl, "Order", message("m3"), Instant.parse("2020-01-01T00:00:00Z"), true);
        assertThat(dovecot.messages(carl, "Order")).last()
                .satisfies(m -> assertThat(m.uid()).isEqualTo(4L))
                .satisfies(m -> assertThat(m.seen()).isTrue());
    }

    @Test
    void nonAsciiFolderNamesAreStoredInModifiedUtf7AndVisibleOverImap() throws Exception {
        String vy = "vy@bo-tc.gov.vn";
        dovecot.addUser(vy);
        dovecot.deliver(vy, "Thư đã gửi", message("vietnamese folder"), OLD_SEEN, true);
        dovecot.createFolder(vy, "Empty & Co");

        Store store = connect(dovecot, baseProperties(), dovecot.masterLogin(vy), dovecot.masterPassword());
        try {
            List<String> names = Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName).toList();
            assertThat(names).containsExactlyInAnyOrder("INBOX", "Thư đã gửi", "Empty & Co");
            Folder sent = store.getFolder("Thư đã gửi");
            sent.open(Folder.READ_ONLY);
            assertThat(sent.getMessageCount()).isEqualTo(1);
            sent.close(false);
        } finally {
            store.close();
        }
        assertThat(dovecot.messages(vy, "Thư đã gửi")).hasSize(1);
        assertThat(DovecotServer.ModifiedUtf7.encode("Thư đã gửi")).isEqualTo(
                org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder.encode("Thư đã gửi"));
    }

    @Test
    void messagesOfAMissingFolderFailsInsteadOfReturningNothing() {
        assertThatThrownBy(() -> dovecot.messages(ALICE, "NoSuchFolder"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchFolder");
    }

    @Test
    void doveadmRunsAgainstThisInstance() {
        String out = dovecot.doveadm("-f", "tab", "mailbox", "status", "-u", ALICE, "messages unseen", "INBOX");
        assertThat(DovecotServer.parseTab(out)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("messages", "3").containsEntry("unseen", "2"));
    }

    @Test
    void parseFetchKeepsKeywordsAndDropsRecent() {
        String out = "uid\tflags\tdate.received\n"
                + "7\t\\Seen \\Recent $Forwarded\t2024-02-29 23:00:01\n"
                + "9\t\t2024-03-01 00:00:00\n";
        assertThat(DovecotServer.parseFetch(out)).containsExactly(
                new StoredMessage(7, Set.of("\\Seen", "$Forwarded"), Instant.parse("2024-02-29T23:00:01Z")),
                new StoredMessage(9, Set.of(), Instant.parse("2024-03-01T00:00:00Z")));
    }

    // ------------------------------------------------------------------ stop / start / UIDVALIDITY

    @Test
    void stoppedServerRefusesConnectionsAndRestartsOnTheSamePortWithItsMail() throws Exception {
        String dan = "dan@bo-tc.gov.vn";
        restartable.addUser(dan);
        restartable.deliver(dan, "INBOX", message("d1"), OLD_SEEN, false);
        int port = restartable.port();

        restartable.stop();
        try {
            assertThat(restartable.isRunning()).isFalse();
            Throwable failure = catchThrowable(() ->
                    connect(restartable, baseProperties(), restartable.masterLogin(dan), restartable.masterPassword()));
            assertThat(failure).isInstanceOf(MessagingException.class);
            assertThat(rootCause(failure)).isInstanceOf(ConnectException.class);
        } finally {
            restartable.start();
        }
        assertThat(restartable.port()).isEqualTo(port);
        Store store = connect(restartable, baseProperties(), restartable.masterLogin(dan), restartable.masterPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(subjects(inbox.getMessages())).containsExactly("d1");
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    @Test
    void resetUidValidityGivesTheFolderANewUidValidityAndKeepsItsMessages() throws Exception {
        String ida = "ida@bo-tc.gov.vn";
        restartable.addUser(ida);
        restartable.deliver(ida, "INBOX", message("i1"), OLD_SEEN, true);
        restartable.deliver(ida, "Projects", message("p1"), OLD_SEEN, true);
        restartable.deliver(ida, "Projects", message("p2"), OLDEST_UNSEEN, false);

        long inboxBefore = uidValidityOverImap(ida, "INBOX");
        long projectsBefore = uidValidityOverImap(ida, "Projects");
        assertThat(restartable.uidValidity(ida, "Projects")).isEqualTo(projectsBefore);
        List<StoredMessage> messagesBefore = restartable.messages(ida, "Projects");

        restartable.resetUidValidity(ida, "Projects");

        assertThat(restartable.isRunning()).isTrue();
        long projectsAfter = uidValidityOverImap(ida, "Projects");
        assertThat(projectsAfter).isNotEqualTo(projectsBefore);
        assertThat(restartable.uidValidity(ida, "Projects")).isEqualTo(projectsAfter);
        assertThat(uidValidityOverImap(ida, "INBOX")).isEqualTo(inboxBefore);
        assertThat(restartable.messages(ida, "Projects")).isEqualTo(messagesBefore);

        restartable.resetUidValidity(ida, "INBOX");
        assertThat(uidValidityOverImap(ida, "INBOX")).isNotEqualTo(inboxBefore);
        assertThat(restartable.messages(ida, "INBOX")).hasSize(1);
    }

    @Test
    void usersAndMailAddedBeforeStartAreServedOnceStarted() throws Exception {
        try (DovecotServer prepared = new DovecotServer()) {
            prepared.addUser(ALICE);
            prepared.deliver(ALICE, "INBOX", message("before start"), OLD_SEEN, true);
            assertThat(prepared.isRunning()).isFalse();
            prepared.start();
            Store store = connect(prepared, baseProperties(), prepared.masterLogin(ALICE), prepared.masterPassword());
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(subjects(inbox.getMessages())).containsExactly("before start");
                inbox.close(false);
            } finally {
                store.close();
            }
        }
    }

    @Test
    void missingDovecotFailsWithTheSetupHint() {
        try (DovecotServer missing = new DovecotServer("/nonexistent/sbin/dovecot")) {
            assertThatThrownBy(missing::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Dovecot is not installed: run scripts/setup-test-env");
        }
    }

    // ------------------------------------------------------------------ STARTTLS

    @Test
    void startTlsWorksWithTheGeneratedTrustStoreAndFailsWithoutIt() throws Exception {
        String tom = "tom@bo-tc.gov.vn";
        tlsDovecot.addUser(tom);
        tlsDovecot.deliver(tom, "INBOX", message("t1"), OLD_SEEN, false);
        TrustStore trustStore = tlsDovecot.trustStore();
        assertThat(trustStore.path()).exists();
        assertThat(trustStore.type()).isEqualTo("PKCS12");
        assertThat(trustStore.load().size()).isEqualTo(1);

        Properties trusting = startTlsProperties();
        trusting.put("mail.imap.ssl.socketFactory", trustStore.sslContext().getSocketFactory());
        Store store = connect(tlsDovecot, trusting, tlsDovecot.masterLogin(tom), tlsDovecot.masterPassword());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(subjects(inbox.getMessages())).containsExactly("t1");
            inbox.close(false);
        } finally {
            store.close();
        }
        assertThat(Files.readString(tlsDovecot.logFile()))
                .containsPattern("Login: user=<" + tom.replace(".", "\\.") + ">, method=PLAIN, .*, TLS");

        Throwable untrusted = catchThrowable(() ->
                connect(tlsDovecot, startTlsProperties(), tlsDovecot.masterLogin(tom), tlsDovecot.masterPassword()));
        assertThat(untrusted).isInstanceOf(MessagingException.class);
        assertThat(causes(untrusted)).anyMatch(SSLHandshakeException.class::isInstance);
    }

    @Test
    void plainServerDoesNotOfferStartTls() {
        Properties props = startTlsProperties();
        Throwable failure = catchThrowable(() -> connect(dovecot, props, dovecot.masterLogin(ALICE), dovecot.masterPassword()));
        assertThat(failure).isInstanceOf(MessagingException.class).hasMessageContaining("STARTTLS");
        assertThatThrownBy(dovecot::trustStore).isInstanceOf(IllegalStateException.class);
    }

    // ------------------------------------------------------------------ helpers

    static Properties baseProperties() {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        props.put("mail.imap.peek", "true");
        return props;
    }

    static Properties startTlsProperties() {
        Properties props = baseProperties();
        props.put("mail.imap.starttls.enable", "true");
        props.put("mail.imap.starttls.required", "true");
        props.put("mail.imap.ssl.checkserveridentity", "true");
        return props;
    }

    static Store connect(DovecotServer server, Properties props, String user, String password) throws MessagingException {
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(server.host(), server.port(), user, password);
        return store;
    }

    long uidValidityOverImap(String user, String folderName) throws MessagingException {
        Store store = connect(restartable, baseProperties(), restartable.masterLogin(user), restartable.masterPassword());
        try {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            long value = ((UIDFolder) folder).getUIDValidity();
            folder.close(false);
            return value;
        } finally {
            store.close();
        }
    }

    static List<String> subjects(Message[] messages) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (Message m : messages) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    Instant receivedDate(Message m) {
        try {
            return m.getReceivedDate().toInstant();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isSeen(Message m) {
        try {
            return m.isSet(Flags.Flag.SEEN);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Throwable> causes(Throwable t) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }

    static Throwable rootCause(Throwable t) {
        List<Throwable> chain = causes(t);
        return chain.get(chain.size() - 1);
    }
}
