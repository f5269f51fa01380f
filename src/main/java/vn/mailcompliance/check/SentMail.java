package vn.mailcompliance.check;

import java.time.Instant;
import java.util.List;

/**
 * What one mailbox sent in the period evaluated, from the headers of its sent folders.
 *
 * @param sent           messages sent
 * @param smimeSigned    of those, S/MIME signed ({@code multipart/signed} or {@code signed-data})
 * @param smimeEncrypted of those, S/MIME encrypted ({@code enveloped-data}): whether they are signed inside cannot be
 *                       told from the headers, so they are left out of the signed share
 * @param openPgp        of those, OpenPGP signed or encrypted (noted, not counted as signed)
 * @param external       the messages with a recipient outside the official domains, oldest first
 */
public record SentMail(int sent, int smimeSigned, int smimeEncrypted, int openPgp, List<ExternalMail> external) {

    public static final SentMail NONE = new SentMail(0, 0, 0, 0, List.of());

    public SentMail {
        external = List.copyOf(external);
    }

    /** Messages whose signature can be judged from outside: all but the S/MIME encrypted ones. */
    public int judged() {
        return sent - smimeEncrypted;
    }

    /** The signed share of the judged messages, or {@code null} when there is none to judge. */
    public Double signedShare() {
        return judged() <= 0 ? null : (double) smimeSigned / judged();
    }

    /**
     * One sent message with recipients outside the official domains.
     *
     * @param recipients the recipients outside the official domains, lower case
     */
    public record ExternalMail(Instant sentAt, List<String> recipients) {

        public ExternalMail {
            recipients = List.copyOf(recipients);
        }
    }
}
