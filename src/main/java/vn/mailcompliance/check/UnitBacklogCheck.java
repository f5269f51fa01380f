package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.UnitMailboxMonth;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/**
 * Articles 15.1 and 16: the unit leader checks and processes the unit mailbox every working day. A unit mailbox with
 * overdue unread mail on at least one checked day of the period is a {@code UNIT_BACKLOG}.
 */
@Component
class UnitBacklogCheck implements AccountCheck {

    @Override
    public List<Finding> check(Account account, AccountSnapshot snapshot, Policy policy, Clock clock) {
        if (account.kind() != MailboxKind.UNIT) {
            return List.of();
        }
        return snapshot.unitMailboxMonth(account.address())
                .filter(month -> month.daysInBreach() > 0)
                .map(month -> List.of(finding(account, month, LocalDateTime.now(clock))))
                .orElse(List.of());
    }

    private static Finding finding(Account account, UnitMailboxMonth month, LocalDateTime now) {
        Details details = new Details.UnitBacklog(month.daysInBreach(), month.workingDays(), month.daysChecked(),
                month.maxUnread(), month.oldestUnreadAgeDays());
        return new Finding(account.address(), account.unitCode(), FindingCode.UNIT_BACKLOG, "", details, now, now);
    }
}
