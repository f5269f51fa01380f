package vn.mailcompliance.personaluse;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import vn.mailcompliance.imap.MessageHeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/** Test helper: reads a corpus .eml into a {@link MessageHeader} the way the scan would (headers only, tolerant). */
final class CorpusMessages {

    static final Path ROOT = root();
    static final Instant FALLBACK_DATE = Instant.parse("2026-10-15T02:00:00Z");

    private static final Session SESSION = session();

    private CorpusMessages() {
    }

    private static Path root() {
        try {
            return Paths.get(CorpusMessages.class.getResource("/corpus/NOTICE.md").toURI()).getParent();
        } catch (Exception e) {
            throw new IllegalStateException("src/test/resources/corpus is missing", e);
        }
    }

    private static Session session() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        return Session.getInstance(p);
    }

    static List<Path> under(String folder) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    static MessageHeader read(String relativePath) {
        return read(ROOT.resolve(relativePath), 1);
    }

    /** Never throws on a broken message: what could not be read is null and {@code malformed} is true. */
    static MessageHeader read(Path file, long uid) {
        boolean malformed = false;
        String fromAddress = null;
        String fromName = null;
        String subject = null;
        List<String> ar = List.of();
        Instant date = FALLBACK_DATE;
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(SESSION, in);
            try {
                Address[] from = message.getFrom();
                if (from == null) {
                    String raw = message.getHeader("From", ",");
                    from = raw == null ? null : InternetAddress.parseHeader(raw, false);
                }
                if (from != null && from.length > 0 && from[0] instanceof InternetAddress ia && ia.getAddress() != null) {
                    fromAddress = ia.getAddress().toLowerCase(Locale.ROOT);
                    fromName = ia.getPersonal();
                }
            } catch (MessagingException | RuntimeException e) {
                malformed = true;
            }
            try {
                String raw = message.getHeader("Subject", null);
                if (raw != null) {
                    try {
                        subject = MimeUtility.decodeText(MimeUtility.unfold(raw));
                    } catch (IOException | RuntimeException e) {
                        subject = raw;
                        malformed = true;
                    }
                }
            } catch (MessagingException e) {
                malformed = true;
            }
            try {
                String[] values = message.getHeader("Authentication-Results");
                ar = values == null ? List.of() : Arrays.asList(values);
            } catch (MessagingException e) {
                malformed = true;
            }
            try {
                Date sent = message.getSentDate();
                if (sent != null) {
                    date = sent.toInstant();
                }
            } catch (MessagingException | RuntimeException e) {
                malformed = true;
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            malformed = true;
        }
        return new MessageHeader("INBOX", 1L, uid, date, false, fromAddress, fromName, subject, ar, malformed);
    }
}
