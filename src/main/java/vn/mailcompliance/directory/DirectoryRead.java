package vn.mailcompliance.directory;

import java.util.List;
import java.util.Map;

/**
 * What one read of a directory source yielded, bad rows included.
 *
 * @param staffWithoutMailbox current staff the HR roster lists without a mailbox
 * @param sourcePolicy the mail server's own settings that stand beside the product's policy on the Method sheet
 *                     (Zimbra's {@code zimbraPasswordMaxAge} per class of service), by name
 */
public record DirectoryRead(
        List<Unit> units,
        List<Account> accounts,
        Map<String, List<String>> forwardings,
        Map<String, List<String>> groupMembers,
        List<Rejection> rejections,
        List<StaffMember> staffWithoutMailbox,
        Map<String, String> sourcePolicy) {

    /** A read from a source that knows no staff without a mailbox (every source but the HR roster). */
    public DirectoryRead(List<Unit> units, List<Account> accounts, Map<String, List<String>> forwardings,
                         Map<String, List<String>> groupMembers, List<Rejection> rejections) {
        this(units, accounts, forwardings, groupMembers, rejections, List.of());
    }

    /** A read of a source that has no password policy of its own to show. */
    public DirectoryRead(List<Unit> units, List<Account> accounts, Map<String, List<String>> forwardings,
                         Map<String, List<String>> groupMembers, List<Rejection> rejections,
                         List<StaffMember> staffWithoutMailbox) {
        this(units, accounts, forwardings, groupMembers, rejections, staffWithoutMailbox, Map.of());
    }

    /**
     * A current staff member the HR roster lists without a mailbox (not yet issued one).
     *
     * @param rowNumber the roster row (the header is row 1)
     */
    public record StaffMember(String source, int rowNumber, String unitCode, String fullName, String employeeId) {
    }

    /**
     * A source row that was not taken in.
     *
     * @param source    the table or file it came from
     * @param rowNumber the 1-based row number in that source (header rows count in files)
     * @param rowKey    the address or key of the row as read, if any
     * @param reason    why it was rejected and what to fix
     */
    public record Rejection(String source, int rowNumber, String rowKey, String reason) {
    }
}
