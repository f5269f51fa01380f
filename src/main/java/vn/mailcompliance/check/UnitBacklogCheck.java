package vn.mailcompliance.check;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.UnitMailboxMonth;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
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
        Map<String, String> details = new LinkedHashMap<>();
        details.put("daysInBreach", String.valueOf(month.daysInBreach()));
        details.put("workingDays", String.valueOf(month.workingDays()));
        details.put("daysChecked", String.valueOf(month.daysChecked()));
        details.put("maxUnread", String.valueOf(month.maxUnread()));
        details.put("oldestUnreadAgeDays",
                month.oldestUnreadAgeDays() == null ? "" : String.valueOf(month.oldestUnreadAgeDays()));
        return new Finding(account.address(), account.unitCode(), FindingCode.UNIT_BACKLOG, "", details, now, now);
    }
}
