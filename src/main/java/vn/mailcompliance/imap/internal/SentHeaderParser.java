package vn.mailcompliance.imap.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import vn.mailcompliance.imap.MessageHeader;

/**
 * Adds to a sent message's header what only sent mail is judged on: its recipients (from the ENVELOPE: To, Cc and the
 * Bcc a client stored in its own copy) and its top-level Content-Type (fetched as a header field, never the body nor
 * BODYSTRUCTURE). What cannot be read is left out and the header marked malformed.
 */
public final class SentHeaderParser {

    public static final String CONTENT_TYPE = "Content-Type";

    private static final Message.RecipientType[] TYPES = {
            Message.RecipientType.TO, Message.RecipientType.CC, Message.RecipientType.BCC};

    private SentHeaderParser() {
    }

    public static MessageHeader withSentFields(MessageHeader header, Message message) {
        boolean malformed = header.malformed();
        List<String> recipients = new ArrayList<>();
        for (Message.RecipientType type : TYPES) {
            try {
                Address[] addresses = message.getRecipients(type);
                for (Address address : addresses == null ? new Address[0] : addresses) {
                    if (address instanceof InternetAddress internet && internet.getAddress() != null
                            && internet.getAddress().indexOf('@') > 0) {
                        recipients.add(internet.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (MessagingException | RuntimeException e) {
                malformed = true;
            }
        }
        String contentType = null;
        try {
            String[] values = message.getHeader(CONTENT_TYPE);
            contentType = values == null || values.length == 0 ? null : MimeUtility.unfold(values[0]).strip();
        } catch (MessagingException | RuntimeException e) {
            malformed = true;
        }
        return new MessageHeader(header.folder(), header.uidValidity(), header.uid(), header.internalDate(),
                header.seen(), header.fromAddress(), header.fromName(), header.subject(),
                header.authenticationResults(), malformed, new MessageHeader.SentFields(recipients, contentType));
    }
}
