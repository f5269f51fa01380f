package vn.mailcompliance.directory;

import java.util.List;

/**
 * The HR roster as read: its good rows (those without a mailbox among them) and the rows it rejected.
 */
record Roster(String source, List<RosterRow> rows, List<DirectoryRead.Rejection> rejections) {

    List<RosterRow> rowsWithMailbox() {
        return rows.stream().filter(RosterRow::hasMailbox).toList();
    }

    /** Current staff the roster lists without a mailbox: people not yet issued one. */
    List<DirectoryRead.StaffMember> staffWithoutMailbox() {
        return rows.stream()
                .filter(row -> !row.hasMailbox() && row.leftOn() == null)
                .map(row -> new DirectoryRead.StaffMember(source, row.rowNumber(), row.unitCode(), row.fullName(),
                        row.employeeId()))
                .toList();
    }
}
