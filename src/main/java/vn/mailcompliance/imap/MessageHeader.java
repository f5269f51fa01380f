package vn.mailcompliance.imap;

import java.time.Instant;
import java.util.List;

/**
 * The headers of one message, as fetched without its body.
 *
 * @param internalDate          the IMAP INTERNALDATE: when the message arrived in the mailbox
 * @param fromAddress           the From address (lower case), {@code null} when the header is missing or unparseable
 * @param fromName              the decoded display name of the From address, or {@code null}
 * @param subject               the decoded Subject, or {@code null}
 * @param authenticationResults every Authentication-Results header value, top first (RFC 8601)
 * @param malformed             the headers could not be fully parsed; the fields hold what could be read
 * @param sent                  for a message of a sent folder, its recipients and Content-Type; {@code null} for
 *                              the other folders
 */
public record MessageHeader(
        String folder,
        long uidValidity,
        long uid,
        Instant internalDate,
        boolean seen,
        String fromAddress,
        String fromName,
        String subject,
        List<String> authenticationResults,
        boolean malformed,
        SentFields sent) {

    /** A message of a folder other than a sent folder. */
    public MessageHeader(String folder, long uidValidity, long uid, Instant internalDate, boolean seen,
                         String fromAddress, String fromName, String subject, List<String> authenticationResults,
                         boolean malformed) {
        this(folder, uidValidity, uid, internalDate, seen, fromAddress, fromName, subject, authenticationResults,
                malformed, null);
    }

    /**
     * What a sent message's headers say beyond the others: whom it went to and how its body is wrapped.
     *
     * @param recipients  To, Cc and Bcc (where the client stored Bcc) addresses, lower case, in header order
     * @param contentType the top-level Content-Type header as written (parameters included), {@code null} when absent
     */
    public record SentFields(List<String> recipients, String contentType) {

        public SentFields {
            recipients = List.copyOf(recipients);
        }
    }
}
