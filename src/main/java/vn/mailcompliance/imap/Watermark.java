package vn.mailcompliance.imap;

/**
 * How far one folder of a mailbox has been read: the next scan fetches only UIDs above {@code lastUid}, as long as the
 * folder's UIDVALIDITY is unchanged.
 */
public record Watermark(String folder, long uidValidity, long lastUid) {
}
