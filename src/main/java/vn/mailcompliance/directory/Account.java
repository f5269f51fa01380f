package vn.mailcompliance.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A mailbox as the directory knows it. Times are local times in {@code compliance.zone}.
 *
 * @param passwordChangedAt the last password change; {@code null} when the initially issued password was never changed
 * @param leftOn            the day the owner left the organisation, {@code null} while they still work here
 * @param source            the directory source the account came from ({@code iredmail}, {@code postfixadmin}, {@code sql})
 */
public record Account(
        String address,
        String displayName,
        String unitCode,
        MailboxKind kind,
        String employeeId,
        boolean active,
        LocalDateTime createdAt,
        LocalDateTime passwordChangedAt,
        LocalDateTime lastLoginAt,
        LocalDate leftOn,
        String source) {

    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    public boolean passwordNeverChanged() {
        return passwordChangedAt == null;
    }
}
