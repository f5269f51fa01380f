package vn.mailcompliance.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** The messages of the demo: real ones shipped under {@code demo/mail/} and plain Vietnamese work mail. */
final class DemoMessages {

    private static final List<String> REGISTRATIONS = List.of(
            "registration/x.com/zk-email-verify__twitter_msg.eml",
            "registration/x.com/proof-of-twitter__test_twitter.eml",
            "registration/amazon.com/zk-email-sdk-js__amazon2.eml",
            "registration/amazon.com/zk-email-sdk-js__amazon_prime_welcome_es.eml",
            "registration/amazon.com/Home-Assistant-Mail-And-Packages__amazon_shipped.eml",
            "registration/spotify.com/relayer-utils__spotify.eml",
            "registration/uber.com/zk-email-sdk-js__sptrans.uber.com_gmail_uber_receipt.eml",
            "registration/uber.com/zkemail.nr__uber_1.eml",
            "registration/venmo.com/zk-p2p__venmo_send.eml",
            "registration/venmo.com/zk-p2p__venmo_receive.eml",
            "registration/facebookmail.com/notls_responder__facebook.eml",
            "registration/google.com/notls_responder__adwords.eml",
            "registration/google.com/mail__raw_email_encoded_stack_level_too_deep.eml",
            "registration/bbva.mx/mail-parser__mail_test_17.eml",
            "registration/x.com/relayer-utils__x.eml",
            "registration/fedex.com/Home-Assistant-Mail-And-Packages__fedex_out_for_delivery.eml",
            "registration/dhl.com/Home-Assistant-Mail-And-Packages__dhl_out_for_delivery.eml",
            "registration/ups.com/Home-Assistant-Mail-And-Packages__ups_out_for_delivery_new.eml",
            "registration/cryptoradar.com/sp1-zkEmail__strobe.eml",
            "registration/ogone.com/php-mime-mail-parser__m0009.eml",
            "synthetic/vietcombank.eml",
            "synthetic/shopee.eml",
            "synthetic/zalo.eml",
            "synthetic/momo.eml");
    private static final List<String> ORDINARY = List.of(
            "other/personal-and-lists/flanker__iphone.eml",
            "other/personal-and-lists/flanker__outlook-express.eml",
            "other/personal-and-lists/zk-email-verify__gmail-to-proton.eml",
            "other/personal-and-lists/zk-email-verify__lorem_ipsum.eml",
            "other/newsletters/MimeKit__Announce_GnuPG_2.1.20_released.eml");
    private static final String SPAM = "malformed/dates/mail__bad_date_header.eml";

    private final Session session = Session.getInstance(new Properties());
    private final List<MimeMessage> registrations = REGISTRATIONS.stream().map(this::load).toList();
    private final List<MimeMessage> ordinary = ORDINARY.stream().map(this::load).toList();
    private final MimeMessage spam = load(SPAM);

    List<MimeMessage> registrations() {
        return registrations;
    }

    List<MimeMessage> ordinary() {
        return ordinary;
    }

    MimeMessage spam() {
        return spam;
    }

    MimeMessage workMail(String fromName, String from, String to, String subject, ZonedDateTime sent, String id) {
        String raw = "From: " + encoded(fromName) + " <" + from + ">\r\n"
                + "To: <" + to + ">\r\n"
                + "Subject: " + encoded(subject) + "\r\n"
                + "Date: " + sent.format(DateTimeFormatter.RFC_1123_DATE_TIME) + "\r\n"
                + "Message-ID: <" + id + "@" + DemoMinistry.DOMAIN + ">\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + "Kính gửi Quý đơn vị,\r\n\r\n" + subject + ".\r\n\r\nTrân trọng,\r\n" + fromName + "\r\n";
        return parse(raw.getBytes(StandardCharsets.UTF_8));
    }

    private MimeMessage load(String name) {
        try (InputStream in = DemoMessages.class.getResourceAsStream("/demo/mail/" + name)) {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo message " + name, e);
        }
    }

    private MimeMessage parse(byte[] rfc822) {
        try {
            return new MimeMessage(session, new ByteArrayInputStream(rfc822));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot parse a demo message: " + e.getMessage(), e);
        }
    }

    private static String encoded(String text) {
        try {
            return MimeUtility.encodeText(text, "UTF-8", "B");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
