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
        boolean malformed) {
}
