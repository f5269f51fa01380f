package vn.mailcompliance.backlog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The daily states of one unit mailbox over a period, condensed (articles 15.1 and 16). A working day on which no
 * check ran is "not checked": it counts in {@code workingDays} but never as compliant.
 *
 * @param workingDays         working days of the period up to the evaluation
 * @param daysChecked         working days with a recorded state
 * @param daysInBreach        checked working days with overdue unread mail
 * @param maxUnread           the largest unread count of a checked day
 * @param oldestUnreadAgeDays the age, in calendar days at its check, of the oldest unread message seen; {@code null}
 *                            when nothing was ever unread at a check
 * @param unreadAtEnd         unread count of the last checked day, {@code null} when no day was checked
 * @param overdueAtEnd        overdue count of the last checked day, {@code null} when no day was checked
 */
public record UnitMailboxMonth(
        String address,
        int workingDays,
        int daysChecked,
        int daysInBreach,
        int maxUnread,
        Integer oldestUnreadAgeDays,
        Integer unreadAtEnd,
        Integer overdueAtEnd) {

    public int daysNotChecked() {
        return workingDays - daysChecked;
    }

    /**
     * @param workingDays the working days of the period up to the evaluation
     * @param snapshots   the states recorded for this mailbox (other days and addresses are ignored)
     */
    public static UnitMailboxMonth of(String address, List<LocalDate> workingDays,
                                      List<UnitMailboxSnapshot> snapshots) {
        Set<LocalDate> days = Set.copyOf(workingDays);
        List<UnitMailboxSnapshot> checked = snapshots.stream()
                .filter(s -> s.address().equalsIgnoreCase(address) && days.contains(s.checkDate()))
                .sorted(Comparator.comparing(UnitMailboxSnapshot::checkDate))
                .toList();
        int daysChecked = checked.stream().map(UnitMailboxSnapshot::checkDate).collect(Collectors.toSet()).size();
        int daysInBreach = (int) checked.stream().filter(UnitMailboxSnapshot::inBreach).count();
        int maxUnread = checked.stream().mapToInt(UnitMailboxSnapshot::unreadCount).max().orElse(0);
        Integer oldestAge = checked.stream()
                .filter(s -> s.oldestUnreadAt() != null)
                .mapToLong(s -> ChronoUnit.DAYS.between(s.oldestUnreadAt().toLocalDate(), s.checkedAt().toLocalDate()))
                .boxed().max(Long::compare).map(Long::intValue).orElse(null);
        UnitMailboxSnapshot last = checked.isEmpty() ? null : checked.get(checked.size() - 1);
        return new UnitMailboxMonth(address, workingDays.size(), daysChecked, daysInBreach, maxUnread, oldestAge,
                last == null ? null : last.unreadCount(), last == null ? null : last.overdueCount());
    }
}
