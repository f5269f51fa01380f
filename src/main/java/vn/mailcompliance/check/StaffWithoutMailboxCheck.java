package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.DirectoryRead.StaffMember;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Article 12.3b ("Mỗi cá nhân … được cấp 01 hộp thư điện tử"): a current staff member of the HR roster without an
 * active personal mailbox — the row gives none, or names one that is not on the mail server or is disabled. One
 * finding per roster row, about the unit (the address is the roster's, if any); the subject is the employee id, or
 * the full name with the roster row when there is none. Details: {@code fullName}, {@code employeeId},
 * {@code rosterRow}, {@code mailbox}, {@code reason} ({@code no-mailbox}, {@code not-on-mail-server},
 * {@code disabled}).
 */
@Component
class StaffWithoutMailboxCheck implements DirectoryCheck {

    @Override
    public List<Finding> check(DirectorySnapshot directory, Policy policy, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), policy.zone());
        return directory.staffWithoutMailbox().stream().map(member -> finding(member, now)).toList();
    }

    private static Finding finding(StaffMember member, LocalDateTime now) {
        Details details = new Details.StaffWithoutMailbox(member.fullName(), member.employeeId(),
                member.rowNumber(), member.mailbox(), member.reason());
        String subject = member.employeeId() != null && !member.employeeId().isBlank() ? member.employeeId()
                : blank(member.fullName()) + " (" + member.rowNumber() + ")";
        return new Finding(member.mailbox(), member.unitCode(), FindingCode.STAFF_WITHOUT_MAILBOX, subject, details,
                now, now);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
