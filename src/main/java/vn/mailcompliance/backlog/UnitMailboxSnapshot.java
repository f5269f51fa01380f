package vn.mailcompliance.backlog;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The state of one unit mailbox as of the check of one day. Times are local times in {@code compliance.zone}.
 *
 * @param checkedAt      the instant the state is as of (the check time, or the run time if that was earlier)
 * @param oldestUnreadAt arrival (INTERNALDATE) of the oldest unread message, {@code null} when nothing is unread
 * @param overdueCount   unread messages older than the SLA
 */
public record UnitMailboxSnapshot(
        LocalDate checkDate,
        String address,
        LocalDateTime checkedAt,
        int unreadCount,
        LocalDateTime oldestUnreadAt,
        int overdueCount,
        long jobExecutionId) {

    public boolean inBreach() {
        return overdueCount > 0;
    }
}
