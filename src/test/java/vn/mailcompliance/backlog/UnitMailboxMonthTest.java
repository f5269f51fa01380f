package vn.mailcompliance.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnitMailboxMonthTest {

    private static final String MAILBOX = "vanphong@most.gov.vn";
    private final List<LocalDate> workingDays = WorkingCalendar.weekendsOnly()
            .workingDays(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6));

    @Test
    void workingDaysWithoutACheckAreNotCheckedNeverCompliant() {
        UnitMailboxMonth month = UnitMailboxMonth.of(MAILBOX, workingDays, List.of(
                snapshot(LocalDate.of(2026, 11, 3), 0, null, 0)));

        assertThat(month.workingDays()).isEqualTo(5);
        assertThat(month.daysChecked()).isEqualTo(1);
        assertThat(month.daysNotChecked()).isEqualTo(4);
        assertThat(month.daysInBreach()).isZero();
    }

    @Test
    void daysWithOverdueMailAreDaysInBreachAndTheLastCheckedDayIsTheEndState() {
        UnitMailboxMonth month = UnitMailboxMonth.of(MAILBOX, workingDays, List.of(
                snapshot(LocalDate.of(2026, 11, 4), 7, LocalDate.of(2026, 10, 30), 3),
                snapshot(LocalDate.of(2026, 11, 2), 2, LocalDate.of(2026, 10, 30), 0),
                snapshot(LocalDate.of(2026, 11, 5), 4, LocalDate.of(2026, 11, 2), 1)));

        assertThat(month.daysChecked()).isEqualTo(3);
        assertThat(month.daysInBreach()).isEqualTo(2);
        assertThat(month.maxUnread()).isEqualTo(7);
        assertThat(month.oldestUnreadAgeDays()).isEqualTo(5);
        assertThat(month.unreadAtEnd()).isEqualTo(4);
        assertThat(month.overdueAtEnd()).isEqualTo(1);
    }

    @Test
    void aMailboxNeverCheckedHasNoEndState() {
        UnitMailboxMonth month = UnitMailboxMonth.of(MAILBOX, workingDays, List.of());

        assertThat(month).isEqualTo(new UnitMailboxMonth(MAILBOX, 5, 0, 0, 0, null, null, null));
    }

    @Test
    void checksOnNonWorkingDaysAndOfOtherMailboxesAreIgnored() {
        UnitMailboxMonth month = UnitMailboxMonth.of(MAILBOX, workingDays, List.of(
                snapshot(LocalDate.of(2026, 11, 7), 9, LocalDate.of(2026, 11, 1), 9),
                new UnitMailboxSnapshot(LocalDate.of(2026, 11, 2), "other@most.gov.vn",
                        LocalDate.of(2026, 11, 2).atTime(16, 30), 5, null, 5, 1)));

        assertThat(month.daysChecked()).isZero();
        assertThat(month.daysInBreach()).isZero();
    }

    private static UnitMailboxSnapshot snapshot(LocalDate day, int unread, LocalDate oldest, int overdue) {
        LocalDateTime oldestAt = oldest == null ? null : oldest.atTime(9, 0);
        return new UnitMailboxSnapshot(day, MAILBOX, day.atTime(16, 30), unread, oldestAt, overdue, 1);
    }
}
