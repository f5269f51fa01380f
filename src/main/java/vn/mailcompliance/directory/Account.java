package vn.mailcompliance.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A mailbox as the directory knows it. Times are local times in {@code compliance.zone}.
 *
 * @param passwordChangedAt the last password change; {@code null} when the initially issued password was never changed
 * @param lastLoginAt       the last successful login of the mailbox's owner (IMAP or POP3: iRedMail's and Dovecot's
 *                          {@code last_login} {@code imap}/{@code pop3}, a directory's last-logon attribute); never a
 *                          delivery or an administrator's action; {@code null} when the source keeps no login data for
 *                          the mailbox (unknown, not "never"). With a master-user login Dovecot records the auditor's
 *                          scans as the owner's logins (see the README)
 * @param leftOn            the day the owner left the organisation, {@code null} while they still work here
 * @param source            the directory source the account came from ({@code iredmail}, {@code postfixadmin}, {@code sql})
 * @param signsMail         whether the owner is required to sign sent mail digitally (the roster's {@code signs_mail})
 * @param passwordChangeKnown whether the source tells when the password was last changed; {@code false} (PostfixAdmin
 *                          without a password expiry on the domain) means the password's age cannot be evaluated
 * @param passwordExempt      the directory itself exempts the password from expiry (Active Directory's "password never
 *                          expires"): listed as exempt by policy, like the service accounts of
 *                          {@code compliance.password.exempt}, never judged on its password
 * @param lastDeliveryAt    the last local delivery into the mailbox (iRedMail's {@code last_login.lda}), {@code null}
 *                          when unknown: evidence that mail keeps arriving, never a login
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
        String source,
        boolean passwordChangeKnown,
        boolean signsMail,
        boolean passwordExempt,
        LocalDateTime lastDeliveryAt) {

    /** An account whose source tells nothing of deliveries. */
    public Account(String address, String displayName, String unitCode, MailboxKind kind, String employeeId,
                   boolean active, LocalDateTime createdAt, LocalDateTime passwordChangedAt, LocalDateTime lastLoginAt,
                   LocalDate leftOn, String source, boolean passwordChangeKnown, boolean signsMail,
                   boolean passwordExempt) {
        this(address, displayName, unitCode, kind, employeeId, active, createdAt, passwordChangedAt, lastLoginAt,
                leftOn, source, passwordChangeKnown, signsMail, passwordExempt, null);
    }

    /** An account the directory does not exempt from password expiry. */
    public Account(String address, String displayName, String unitCode, MailboxKind kind, String employeeId,
                   boolean active, LocalDateTime createdAt, LocalDateTime passwordChangedAt, LocalDateTime lastLoginAt,
                   LocalDate leftOn, String source, boolean passwordChangeKnown, boolean signsMail) {
        this(address, displayName, unitCode, kind, employeeId, active, createdAt, passwordChangedAt, lastLoginAt,
                leftOn, source, passwordChangeKnown, signsMail, false);
    }

    /** An account whose signing duty is not recorded (the HR roster's {@code signs_mail} decides it). */
    public Account(String address, String displayName, String unitCode, MailboxKind kind, String employeeId,
                   boolean active, LocalDateTime createdAt, LocalDateTime passwordChangedAt, LocalDateTime lastLoginAt,
                   LocalDate leftOn, String source, boolean passwordChangeKnown) {
        this(address, displayName, unitCode, kind, employeeId, active, createdAt, passwordChangedAt, lastLoginAt,
                leftOn, source, passwordChangeKnown, false);
    }

    /** An account whose source tells when its password was last changed. */
    public Account(String address, String displayName, String unitCode, MailboxKind kind, String employeeId,
                   boolean active, LocalDateTime createdAt, LocalDateTime passwordChangedAt, LocalDateTime lastLoginAt,
                   LocalDate leftOn, String source) {
        this(address, displayName, unitCode, kind, employeeId, active, createdAt, passwordChangedAt, lastLoginAt,
                leftOn, source, true);
    }

    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    /** Whether the mailbox scan reads this mailbox: active personal and unit mailboxes; a group only forwards. */
    public ScanScope scanScope() {
        if (!active) {
            return ScanScope.DISABLED;
        }
        return kind == MailboxKind.GROUP ? ScanScope.GROUP : ScanScope.SCANNED;
    }

    public boolean passwordNeverChanged() {
        return passwordChangeKnown && passwordChangedAt == null;
    }

    /** The same account as the HR roster describes it. */
    Account withRoster(String unitCode, MailboxKind kind, String displayName, String employeeId, LocalDate leftOn,
                       boolean signsMail) {
        return new Account(address, displayName, unitCode, kind, employeeId, active, createdAt, passwordChangedAt,
                lastLoginAt, leftOn, source, passwordChangeKnown, signsMail, passwordExempt, lastDeliveryAt);
    }

    /** The same account in another unit (a department too long for a unit code gets a derived one). */
    Account withUnitCode(String code) {
        return new Account(address, displayName, code, kind, employeeId, active, createdAt, passwordChangedAt,
                lastLoginAt, leftOn, source, passwordChangeKnown, signsMail, passwordExempt, lastDeliveryAt);
    }
}
