package vn.mailcompliance.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The lengths the product's tables keep, sized for the sources' own columns (iRedMail's {@code name},
 * {@code department} and {@code employeeid} are VARCHAR(255)). A value longer than its column rejects its row with
 * the source and row number, never the whole synchronisation.
 */
final class ColumnLimits {

    /** {@code unit.code}: roster unit codes are short codes; a longer department gets a derived code. */
    static final int UNIT_CODE = 64;
    /** {@code unit.name}, {@code account.display_name}, {@code account.employee_id}. */
    static final int TEXT = 255;
    /** {@code account.address}: 64 characters of local part, @, 255 of domain (RFC 5321). */
    static final int ADDRESS = 320;

    private ColumnLimits() {
    }

    /** Why {@code value} of {@code field} does not fit {@code limit} characters, or empty when it does. */
    static Optional<String> tooLong(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return Optional.empty();
        }
        return Optional.of(field + " is " + value.length() + " characters long; the product keeps at most " + limit
                + ": shorten it in the source");
    }

    /**
     * A unit code for a department: the department itself when it fits, else its start and a hash of the whole, so
     * that two long departments sharing their first words stay two units. The unit's name keeps it whole.
     */
    static String unitCode(String department) {
        if (department == null || department.length() <= UNIT_CODE) {
            return department;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(department.getBytes(StandardCharsets.UTF_8));
            String suffix = "~" + HexFormat.of().formatHex(hash, 0, 4);
            return department.substring(0, UNIT_CODE - suffix.length()).strip() + suffix;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
