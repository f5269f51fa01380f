package vn.mailcompliance.imap;

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

/**
 * Turns a fetched message into a {@link MessageHeader}. Whatever cannot be parsed is left empty and the header marked
 * malformed: a broken message is counted, it never fails its mailbox.
 */
final class HeaderParser {

    static final String AUTHENTICATION_RESULTS = "Authentication-Results";

    private HeaderParser() {
    }

    static MessageHeader parse(String folder, long uidValidity, long uid, Message message) {
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
        String fromAddress = null;
        String fromName = null;
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress sender) {
                fromAddress = sender.getAddress() == null ? null : sender.getAddress().toLowerCase(Locale.ROOT);
                fromName = sender.getPersonal();
            }
            if (fromAddress == null || fromAddress.indexOf('@') < 1) {
                malformed = true;
            }
        } catch (MessagingException | RuntimeException e) {
            malformed = true;
        }
        String subject = null;
        try {
            String raw = message.getHeader("Subject") == null ? null : message.getHeader("Subject")[0];
            if (raw == null) {
                subject = message.getSubject();
            } else {
                subject = MimeUtility.decodeText(MimeUtility.unfold(raw));
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

    private static String subjectAsIs(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }
}
