package vn.mailcompliance.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import vn.mailcompliance.directory.MailboxKind;

/**
 * The demo ministry's sent mail (article 16). The staff of the Văn phòng Bộ and of the IT center must sign and do, all
 * but one who signs only his first message; elsewhere some mail is signed voluntarily. One person sends work to his
 * own gmail address; a few answer citizens who write from free webmail (below the threshold). One person has a Sieve
 * rule that redirects his mail to yahoo.com. Signed and encrypted messages are real S/MIME made by openssl with a demo
 * certificate ({@code demo/mail/smime/}); only their top-level headers (outside what is signed) are set per message.
 * Personal mailboxes keep sent mail in "Sent", unit mailboxes in "Đã gửi", as Vietnamese clients name it.
 */
record DemoSentMail(Set<String> signers, String sloppySigner, String ownWebmailSender, String ownWebmail,
                    String sieveUser, String sieveDestination) {

    static final String SENT = "Sent";
    static final String UNIT_SENT = "Đã gửi";
    private static final Set<String> SIGNING_UNITS = Set.of("VP", "TTCNTT");
    private static final List<String> OTHER_MINISTRIES = List.of("vanthu@mof.gov.vn", "vanthu@chinhphu.vn",
            "vanthu@moha.gov.vn", "vanthu@hanoi.gov.vn", "vanthu@moit.gov.vn");
    private static final List<String> SUBJECTS = List.of("V/v gửi báo cáo tháng", "V/v góp ý dự thảo",
            "V/v cử cán bộ tham dự hội nghị", "Trả lời công văn", "V/v cung cấp số liệu");
    private static final Session SESSION = Session.getInstance(new Properties());

    static DemoSentMail of(DemoMinistry ministry) {
        List<DemoMailbox> staff = ministry.mailboxes().stream()
                .filter(m -> m.kind() == MailboxKind.PERSONAL && m.active() && m.leftOn() == null
                        && m.forwardTo() == null && m.domain().equals(DemoMinistry.DOMAIN))
                .toList();
        Set<String> signers = new LinkedHashSet<>();
        staff.stream().filter(m -> SIGNING_UNITS.contains(m.unitCode())).forEach(m -> signers.add(m.address()));
        String sloppy = signers.stream().skip(2).findFirst().orElseThrow();
        DemoMailbox own = staff.stream().filter(m -> m.unitCode().equals("KHTC")).skip(4).findFirst().orElseThrow();
        DemoMailbox sieve = staff.stream().filter(m -> m.unitCode().equals("HTQT")).skip(3).findFirst().orElseThrow();
        String ownWebmail = VietnameseNames.fold(own.name()).replace(" ", "") + "1987@gmail.com";
        String sieveDestination = VietnameseNames.localPart(sieve.name(), true) + ".vn@yahoo.com";
        return new DemoSentMail(signers, sloppy, own.address(), ownWebmail, sieve.address(), sieveDestination);
    }

    /** The Sieve script of {@link #sieveUser}, as Roundcube's managesieve plugin writes a forwarding rule. */
    String sieveScript() {
        return "require [\"copy\"];\n# rule:[Chuyển tiếp thư về hộp thư riêng]\nif true\n{\n\tredirect :copy \""
                + sieveDestination + "\";\n}\n";
    }

    /** One sent message and the time it was saved in the sent folder. */
    record Sent(MimeMessage message, LocalDateTime at) {
    }

    /** What {@code mailbox} sent in the period, with its own random draws (the rest of the demo is unchanged). */
    List<Sent> sentBy(DemoMailbox mailbox, DemoMinistry ministry, List<String> colleagues) {
        Random random = new Random(mailbox.address().hashCode() * 31L + ministry.period().hashCode());
        LocalDate first = ministry.period().atDay(1);
        int days = ministry.period().lengthOfMonth();
        boolean signer = signers.contains(mailbox.address());
        List<Sent> sent = new ArrayList<>();
        int count = (mailbox.kind() == MailboxKind.UNIT ? 3 : 1) + random.nextInt(4);
        if (mailbox.address().equals(sloppySigner)) {
            count = Math.max(count, 4);
        }
        for (int i = 0; i < count; i++) {
            LocalDateTime at = DemoMinistry.officeTime(first.plusDays(random.nextInt(days)), random);
            String to = random.nextBoolean() ? OTHER_MINISTRIES.get(random.nextInt(OTHER_MINISTRIES.size()))
                    : colleagues.get(random.nextInt(colleagues.size()));
            if (random.nextInt(100) < 8) {
                to = "nguoidan" + (100 + random.nextInt(900)) + "@gmail.com";
            }
            boolean signs = signer ? !mailbox.address().equals(sloppySigner) || i == 0 : random.nextInt(100) < 12;
            String template = signs ? (random.nextBoolean() ? "signed-outlook.eml" : "signed-thunderbird.eml")
                    : null;
            if (signer && i == 1 && mailbox.address().equals(signers.iterator().next())) {
                template = "encrypted.eml";
            }
            sent.add(new Sent(message(template, mailbox, to, SUBJECTS.get(random.nextInt(SUBJECTS.size())), at,
                    i), at));
        }
        if (mailbox.address().equals(ownWebmailSender)) {
            for (int i = 0; i < 4; i++) {
                LocalDateTime at = DemoMinistry.officeTime(first.plusDays(3 + 6 * i), random).withHour(21);
                sent.add(new Sent(message(null, mailbox, ownWebmail, "Tài liệu làm việc ở nhà (" + (i + 1) + ")",
                        at, 100 + i), at));
            }
        }
        return sent;
    }

    private static MimeMessage message(String template, DemoMailbox from, String to, String subject,
                                       LocalDateTime at, int n) {
        String headers = "From: " + encoded(from.name()) + " <" + from.address() + ">\r\n"
                + "To: <" + to + ">\r\n"
                + "Subject: " + encoded(subject) + "\r\n"
                + "Date: " + at.atZone(DemoMinistry.ZONE).format(DateTimeFormatter.RFC_1123_DATE_TIME) + "\r\n"
                + "Message-ID: <sent." + n + "." + from.address().replace('@', '.') + "." + at.toLocalDate() + "@"
                + DemoMinistry.DOMAIN + ">\r\n";
        String raw;
        if (template == null) {
            raw = headers + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Transfer-Encoding: 8bit\r\n\r\nKính gửi,\r\n\r\n" + subject + ".\r\n\r\nTrân trọng.\r\n";
        } else {
            String sample = read(template);
            raw = headers + sample.substring(sample.indexOf("MIME-Version:"));
        }
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build a demo sent message: " + e.getMessage(), e);
        }
    }

    private static String read(String template) {
        try (InputStream in = DemoSentMail.class.getResourceAsStream("/demo/mail/smime/" + template)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("Cannot read demo message smime/" + template,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static String encoded(String text) {
        try {
            return MimeUtility.encodeText(text, "UTF-8", "B");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
