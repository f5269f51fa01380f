package vn.mailcompliance.directory;

import java.time.LocalDate;

/** One staff member's mailbox as the HR roster lists it. */
record RosterRow(int rowNumber, String unitCode, String unitName, String fullName, String employeeId,
                 String mailbox, MailboxKind kind, LocalDate leftOn) {
}
