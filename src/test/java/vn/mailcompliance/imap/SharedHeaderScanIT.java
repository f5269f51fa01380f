package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.mailcompliance.imap.internal.ImapConnector;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.StoredMessage;

class SharedHeaderScanIT {

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer().withSharedNamespace();

    private static final Instant NOW = Instant.parse("2026-10-31T10:00:00Z");
    private static final Instant SINCE = NOW.minus(Duration.ofDays(365));
    private static final List<String> FOLDERS = List.of("INBOX", "Sent", "Archive", "Archive.2024", "Junk");

    private static MailboxScanner scanner(ImapProperties.Login login) {
        ImapProperties settings = new ImapProperties("127.0.0.1", dovecot.port(), ImapProperties.Security.NONE,
                DovecotServer.MASTER_USER, dovecot.masterPassword(), login, "*", DovecotServer.SHARED_PREFIX, 2,
                new ImapProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(10), new ImapProperties.Retry(1, Duration.ZERO), 0.2, 2, List.of("Junk"));
        return new MailboxScanner(new ImapConnector(settings), settings);
    }

    private static String mail(String subject) {
        return "From: Nguyen Van A <a@example.com>\nTo: x@most.gov.vn\nSubject: " + subject + "\n\nbody\n";
    }

    private static void seed(String address) {
        dovecot.addUser(address);
        for (String folder : FOLDERS) {
            for (int i = 0; i < 3; i++) {
                dovecot.deliver(address, folder, mail(folder + " " + i), NOW.minus(Duration.ofDays(10 + i)), i == 0);
            }
        }
        // Arrived after the scan's instant: left for the next scan.
        dovecot.deliver(address, "INBOX", mail("late"), NOW.plus(Duration.ofMinutes(5)), false);
    }

    private static Map<String, List<StoredMessage>> stored(String address) {
        Map<String, List<StoredMessage>> stored = new HashMap<>();
        for (String folder : FOLDERS) {
            stored.put(folder, dovecot.messages(address, folder));
        }
        return stored;
    }

    private record Read(MailboxScan scan, List<MessageHeader> headers) {
    }

    private static Read read(MailboxAccess reader, String address, Map<String, Watermark> watermarks) {
        List<MessageHeader> headers = Collections.synchronizedList(new ArrayList<>());
        MailboxScan scan = reader.scanHeaders(address, watermarks, SINCE, NOW,
                (mailbox, batch) -> headers.addAll(batch));
        return new Read(scan, headers);
    }

    @Test
    void sharedLoginReadsTheSameHeadersAndWatermarksAsTheSeparatorLoginAndChangesNoFlag() {
        String address = "same@most.gov.vn";
        seed(address);
        Map<String, List<StoredMessage>> before = stored(address);

        Read expected;
        Read actual;
        try (MailboxAccess separator = scanner(ImapProperties.Login.SEPARATOR).access();
             MailboxAccess shared = scanner(ImapProperties.Login.SHARED).access()) {
            expected = read(separator, address, Map.of());
            actual = read(shared, address, Map.of());
        }

        assertThat(actual.headers()).containsExactlyInAnyOrderElementsOf(expected.headers()).hasSize(3 * 4);
        assertThat(actual.scan().folders()).containsExactlyInAnyOrderElementsOf(expected.scan().folders());
        assertThat(actual.scan().watermarks()).isEqualTo(expected.scan().watermarks());
        assertThat(actual.scan().watermarks()).containsOnlyKeys("INBOX", "Sent", "Archive", "Archive.2024");
        assertThat(actual.headers()).extracting(MessageHeader::folder)
                .contains("Archive.2024").doesNotContain("Junk");
        assertThat(stored(address)).isEqualTo(before);
    }

    @Test
    void aSecondSharedPassReadsOnlyTheMailThatArrivedSinceTheWatermarks() {
        String address = "again@most.gov.vn";
        seed(address);
        try (MailboxAccess shared = scanner(ImapProperties.Login.SHARED).access()) {
            Map<String, Watermark> watermarks = read(shared, address, Map.of()).scan().watermarks();
            dovecot.deliver(address, "Archive.2024", mail("new archived"), NOW.minus(Duration.ofHours(2)), false);
            dovecot.deliver(address, "Sent", mail("new sent"), NOW.minus(Duration.ofHours(1)), true);
            Map<String, List<StoredMessage>> before = stored(address);

            Read second = read(shared, address, watermarks);

            assertThat(second.headers()).extracting(MessageHeader::subject)
                    .containsExactlyInAnyOrder("new archived", "new sent");
            assertThat(second.headers()).allMatch(h -> h.uid() == 4);
            assertThat(second.scan().watermarks().get("INBOX")).isEqualTo(watermarks.get("INBOX"));
            assertThat(second.scan().watermarks().get("Sent").lastUid()).isEqualTo(4);
            assertThat(stored(address)).isEqualTo(before);
        }
    }

    @Test
    void oneAuditorLoginScansEveryMailboxOneAfterAnother() throws Exception {
        List<String> mailboxes = List.of("scan1@most.gov.vn", "scan2@most.gov.vn", "scan3@most.gov.vn");
        mailboxes.forEach(SharedHeaderScanIT::seed);
        long loginsBefore = auditorLogins();

        try (MailboxAccess shared = scanner(ImapProperties.Login.SHARED).access()) {
            for (String address : mailboxes) {
                assertThat(read(shared, address, Map.of()).headers()).hasSize(3 * 4);
            }
        }

        assertThat(auditorLogins() - loginsBefore).isEqualTo(1);
    }

    private static long auditorLogins() throws Exception {
        return Files.readAllLines(dovecot.logFile()).stream()
                .filter(line -> line.contains("Login: user=<" + DovecotServer.MASTER_USER + ">")).count();
    }

    @Test
    void aMailboxMissingFromTheSharedNamespaceIsAFailureNamingTheAcl() {
        try (MailboxAccess shared = scanner(ImapProperties.Login.SHARED).access()) {
            assertThatThrownBy(() -> read(shared, "nobody@most.gov.vn", Map.of()))
                    .isInstanceOf(MailboxScanException.class)
                    .hasMessageContaining("nobody@most.gov.vn")
                    .hasMessageContaining("ACL");
        }
    }
}
