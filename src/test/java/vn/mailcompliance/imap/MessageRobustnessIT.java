package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.mailcompliance.imap.internal.ImapConnector;
import vn.mailcompliance.testsupport.DovecotServer;

/**
 * Messages real mailboxes hold that a strict reader gets wrong, read through Dovecot: raw UTF-8 headers (RFC 6532),
 * recipients without a domain, an arrival date after the scan's instant.
 */
class MessageRobustnessIT {

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    private static final Instant NOW = Instant.parse("2026-10-31T10:00:00Z");
    private static final Instant SINCE = NOW.minus(Duration.ofDays(365));

    private static MailboxScanner scanner() {
        ImapProperties settings = new ImapProperties("127.0.0.1", dovecot.port(), ImapProperties.Security.NONE,
                DovecotServer.MASTER_USER, dovecot.masterPassword(), ImapProperties.Login.SEPARATOR, "*", "shared/",
                1, new ImapProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(10), new ImapProperties.Retry(1, Duration.ZERO), 0.2, 2,
                List.of("Junk", "Trash"));
        return new MailboxScanner(new ImapConnector(settings), settings);
    }

    private static List<MessageHeader> scan(String address, Map<String, Watermark> watermarks, List<MailboxScan> out) {
        List<MessageHeader> read = new ArrayList<>();
        out.add(scanner().scanHeaders(address, watermarks, SINCE, NOW, (a, batch) -> read.addAll(batch)));
        return read;
    }

    @Test
    void rawUtf8SubjectsAndDisplayNamesAreReadAsUtf8() {
        String address = "utf8@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", ("From: Vietcombank Thông báo <vcbdigibank@info.vietcombank.com.vn>\n"
                + "To: utf8@most.gov.vn\nSubject: Biến động số dư tài khoản\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n\nbody\n").getBytes(StandardCharsets.UTF_8),
                NOW.minus(Duration.ofDays(2)), false);
        dovecot.deliver(address, "INBOX", ("From: \"Shopee Việt Nam\" <no-reply@shopee.vn>\n"
                + "Subject: Xác nhận đăng ký tài khoản\n\nbody\n").getBytes(StandardCharsets.UTF_8),
                NOW.minus(Duration.ofDays(1)), false);

        List<MessageHeader> headers = scan(address, Map.of(), new ArrayList<>());

        assertThat(headers).extracting(MessageHeader::subject)
                .containsExactly("Biến động số dư tài khoản", "Xác nhận đăng ký tài khoản");
        assertThat(headers).extracting(MessageHeader::fromName)
                .containsExactly("Vietcombank Thông báo", "Shopee Việt Nam");
        assertThat(headers).extracting(MessageHeader::malformed).containsOnly(false);
    }

    @Test
    void recipientsWithoutADomainLeaveTheSenderAndArrivalReadable() {
        String address = "bare@most.gov.vn";
        dovecot.addUser(address);
        Instant arrival = NOW.minus(Duration.ofDays(3));
        dovecot.deliver(address, "INBOX", "From: Shopee <no-reply@shopee.vn>\nTo: u\nSubject: Chào mừng\n\nbody\n",
                arrival, false);
        dovecot.deliver(address, "INBOX", "From: Zalo <noreply@zalo.me>\nTo: bare@most.gov.vn\nCc: a@b.vn, c\n"
                + "Subject: Mã OTP\n\nbody\n", arrival.plusSeconds(60), false);

        List<MessageHeader> headers = scan(address, Map.of(), new ArrayList<>());

        assertThat(headers).extracting(MessageHeader::fromAddress)
                .containsExactly("no-reply@shopee.vn", "noreply@zalo.me");
        assertThat(headers).extracting(MessageHeader::internalDate)
                .containsExactly(arrival, arrival.plusSeconds(60));
        assertThat(headers).extracting(MessageHeader::subject).containsExactly("Chào mừng", "Mã OTP");
        assertThat(headers).extracting(MessageHeader::malformed).containsOnly(false);
    }

    @Test
    void mailDatedAfterTheInstantIsDeferredWithoutHoldingBackTheUidsAfterIt() {
        String address = "future@most.gov.vn";
        dovecot.addUser(address);
        dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: one\n\nbody\n",
                NOW.minus(Duration.ofDays(5)), false);
        dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: from 2030\n\nbody\n",
                Instant.parse("2030-01-01T00:00:00Z"), false);
        dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: three\n\nbody\n",
                NOW.minus(Duration.ofDays(4)), false);
        dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: four\n\nbody\n",
                NOW.minus(Duration.ofDays(3)), false);
        List<MailboxScan> scans = new ArrayList<>();

        List<MessageHeader> first = scan(address, Map.of(), scans);

        assertThat(first).extracting(MessageHeader::subject).containsExactly("one", "three", "four");
        MailboxScan scan = scans.get(0);
        assertThat(scan.deferred()).isEqualTo(1);
        assertThat(scan.watermarks().get("INBOX").lastUid()).as("never past the unread message").isEqualTo(1);
        assertThat(ScanOutcome.scanned(scan, 1, null, null).reason())
                .isEqualTo("1 messages dated after the evaluation instant left for a later scan");

        dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: five\n\nbody\n",
                NOW.minus(Duration.ofDays(1)), false);
        List<MessageHeader> next = scan(address, scan.watermarks(), scans);

        assertThat(next).extracting(MessageHeader::subject).containsExactly("three", "four", "five");
        assertThat(scans.get(1).watermarks().get("INBOX").lastUid()).isEqualTo(1);
    }
}
