package vn.mailcompliance.directory;

import java.time.LocalDate;

/**
 * One staff member's row of the HR roster.
 *
 * @param mailbox     the normalised address, {@code null} for a staff member not yet issued a mailbox
 * @param kind        the mailbox's kind, {@code null} when the roster does not say (the directory's kind stays)
 * @param leaderEmail the unit leader's address given on this row, if any
 * @param signsMail   whether this person is required to sign sent mail digitally
 */
record RosterRow(int rowNumber, String unitCode, String unitName, String fullName, String employeeId,
                 String mailbox, MailboxKind kind, LocalDate leftOn, String leaderEmail, boolean signsMail) {

    boolean hasMailbox() {
        return mailbox != null;
    }
}
