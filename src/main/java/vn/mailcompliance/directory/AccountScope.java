package vn.mailcompliance.directory;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which accounts {@link DirectoryRepository#accountReader} streams, in address order: present accounts the mailbox
 * scan reads ({@link Account#scanScope()}), of some kinds, within an address range (both ends included, none when
 * {@code null}), except those already done.
 *
 * @param alreadyDone addresses a restarted step does not read again; given, they are what makes a restart resume, so
 *                    the reader keeps no position of its own. {@code null}: the reader records its position in the
 *                    step's execution context and a restart goes on after it
 */
public record AccountScope(Set<MailboxKind> kinds, String first, String last, Set<String> alreadyDone) {

    public AccountScope {
        kinds = Set.copyOf(kinds);
        alreadyDone = alreadyDone == null ? null : Set.copyOf(alreadyDone);
    }

    /** The scanned mailboxes of an address range not in {@code alreadyDone}. */
    public static AccountScope scannedBetween(String first, String last, Set<String> alreadyDone) {
        return new AccountScope(EnumSet.allOf(MailboxKind.class), first, last, alreadyDone);
    }

    /** Every scanned unit mailbox. */
    public static AccountScope scannedUnitMailboxes() {
        return new AccountScope(EnumSet.of(MailboxKind.UNIT), null, null, null);
    }

    boolean includes(Account account) {
        return account.scanScope().scanned() && kinds.contains(account.kind())
                && (alreadyDone == null || !alreadyDone.contains(account.address()));
    }
}
