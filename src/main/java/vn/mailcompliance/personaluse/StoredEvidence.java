package vn.mailcompliance.personaluse;

/**
 * One stored piece of evidence with the mailbox it was found in, for the audit export.
 *
 * @param unitCode the mailbox's unit as the directory knows it now, {@code null} when unknown
 */
public record StoredEvidence(String address, String unitCode, Evidence evidence) {

    /** Trusted servers marked the message as forged: it is listed for the auditors but never counted. */
    public boolean probableSpoof() {
        return evidence.authenticity() == Authenticity.SPOOFED;
    }
}
