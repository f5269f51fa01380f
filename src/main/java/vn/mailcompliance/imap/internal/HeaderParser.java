package vn.mailcompliance.imap.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import vn.mailcompliance.imap.MessageHeader;

/**
 * Turns a fetched message into a {@link MessageHeader}. Whatever cannot be parsed is left empty and the header marked
 * malformed: a broken message is counted, it never fails its mailbox.
 */
public final class HeaderParser {

    public static final String AUTHENTICATION_RESULTS = "Authentication-Results";

    private HeaderParser() {
    }

    public static MessageHeader parse(String folder, long uidValidity, long uid, Message message) {
        boolean malformed = false;
        Instant internalDate = null;
        boolean seen = false;
        try {
            Date received = message.getReceivedDate();
            internalDate = received == null ? null : received.toInstant();
            seen = message.isSet(Flags.Flag.SEEN);
        } catch (MessagingException | RuntimeException e) {
            malformed = true;
        }
        InternetAddress sender = sender(message);
        String fromAddress = sender == null || sender.getAddress() == null ? null
                : Utf8Headers.recover(sender.getAddress()).toLowerCase(Locale.ROOT);
        String fromName = sender == null ? null : Utf8Headers.recover(sender.getPersonal());
        if (fromAddress == null || fromAddress.indexOf('@') < 1) {
            malformed = true;
        }
        String subject = null;
        try {
            String raw = message.getHeader("Subject") == null ? null : message.getHeader("Subject")[0];
            if (raw == null) {
                subject = message.getSubject();
            } else {
                subject = MimeUtility.decodeText(MimeUtility.unfold(Utf8Headers.recover(raw)));
            }
        } catch (Exception e) {
            malformed = true;
            subject = subjectAsIs(message);
        }
        List<String> authenticationResults = List.of();
        try {
            String[] values = message.getHeader(AUTHENTICATION_RESULTS);
            if (values != null) {
                authenticationResults = Arrays.stream(values).map(MimeUtility::unfold).map(String::strip).toList();
            }
        } catch (MessagingException | RuntimeException e) {
            malformed = true;
        }
        return new MessageHeader(folder, uidValidity, uid, internalDate, seen, fromAddress, fromName, subject,
                authenticationResults, malformed);
    }

    /**
     * The From address of the ENVELOPE, or of the raw From field when the server's ENVELOPE of the message cannot be
     * read (a recipient without a domain, {@code To: u}, is enough for that); {@code null} when neither can be.
     */
    private static InternetAddress sender(Message message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress sender
                    && sender.getAddress() != null && sender.getAddress().indexOf('@') > 0) {
                return sender;
            }
        } catch (MessagingException | RuntimeException e) {
            // read from the raw field below
        }
        try {
            String[] raw = message.getHeader("From");
            if (raw != null && raw.length > 0) {
                InternetAddress[] parsed = InternetAddress.parseHeader(MimeUtility.unfold(raw[0]), false);
                return parsed.length > 0 ? parsed[0] : null;
            }
        } catch (MessagingException | RuntimeException e) {
            // nothing readable: the header is counted as malformed
        }
        return null;
    }

    private static String subjectAsIs(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }
}
