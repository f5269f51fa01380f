package vn.mailcompliance.sentmail;

import java.time.Instant;
import java.util.List;

/**
 * One message of a sent folder as stored: no body, recipients inside the official domains only counted.
 *
 * @param externalRecipients recipients outside the official domains, lower case
 * @param subject            kept only when a recipient is on a free-webmail domain (auditors' export), else null
 */
public record SentMessage(String folder, long uidValidity, long uid, Instant sentAt, MessageSecurity security,
                          int recipients, List<String> externalRecipients, String subject) {

    public SentMessage {
        externalRecipients = List.copyOf(externalRecipients);
    }
}
