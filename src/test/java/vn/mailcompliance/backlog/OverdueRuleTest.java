package vn.mailcompliance.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OverdueRuleTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    private final OverdueRule slaOne = new OverdueRule(WorkingCalendar.weekendsOnly(), 1, HANOI);

    @Test
    void mailOfMondayIsOverdueAtWednesdaysCheckButNotAtTuesdays() {
        Instant arrival = at(MONDAY, 9, 0);

        assertThat(slaOne.isOverdue(arrival, at(MONDAY.plusDays(1), 16, 30))).isFalse();
        assertThat(slaOne.isOverdue(arrival, at(MONDAY.plusDays(2), 16, 30))).isTrue();
    }

    @Test
    void mailOfFridayIsOverdueAtTuesdaysCheckButNotAtMondays() {
        Instant arrival = at(FRIDAY, 23, 59);

        assertThat(slaOne.isOverdue(arrival, at(FRIDAY.plusDays(3), 16, 30))).isFalse();
        assertThat(slaOne.isOverdue(arrival, at(FRIDAY.plusDays(4), 8, 0))).isTrue();
    }

    @Test
    void mailOfSaturdayCountsFromTheWeekendDay() {
        Instant arrival = at(FRIDAY.plusDays(1), 10, 0);

        assertThat(slaOne.isOverdue(arrival, at(FRIDAY.plusDays(4), 16, 30))).isTrue();
        assertThat(slaOne.isOverdue(arrival, at(FRIDAY.plusDays(3), 16, 30))).isFalse();
    }

    @Test
    void aHolidayInBetweenIsNotAWorkingDay() {
        OverdueRule withHoliday = new OverdueRule(new WorkingCalendar(Set.of(MONDAY.plusDays(1)), Set.of()), 1, HANOI);

        assertThat(withHoliday.isOverdue(at(MONDAY, 9, 0), at(MONDAY.plusDays(2), 16, 30))).isFalse();
        assertThat(withHoliday.isOverdue(at(MONDAY, 9, 0), at(MONDAY.plusDays(3), 16, 30))).isTrue();
    }

    @Test
    void withAnSlaOfTwoWorkingDaysMondaysMailIsOverdueOnThursday() {
        OverdueRule slaTwo = new OverdueRule(WorkingCalendar.weekendsOnly(), 2, HANOI);

        assertThat(slaTwo.isOverdue(at(MONDAY, 9, 0), at(MONDAY.plusDays(2), 16, 30))).isFalse();
        assertThat(slaTwo.isOverdue(at(MONDAY, 9, 0), at(MONDAY.plusDays(3), 16, 30))).isTrue();
    }

    @Test
    void daysAreTakenInTheConfiguredZoneNotInUtc() {
        // 23:30 on Monday in UTC is already Tuesday 06:30 in Hanoi: one working day less has passed by Wednesday.
        Instant arrival = LocalDateTime.of(MONDAY, java.time.LocalTime.of(23, 30)).toInstant(java.time.ZoneOffset.UTC);

        assertThat(slaOne.isOverdue(arrival, at(MONDAY.plusDays(2), 16, 30))).isFalse();
    }

    @Test
    void mailArrivingAfterTheCheckInstantIsIgnored() {
        Instant check = at(MONDAY.plusDays(2), 16, 30);
        List<Instant> unread = List.of(at(MONDAY, 9, 0), at(MONDAY.plusDays(2), 10, 0), at(MONDAY.plusDays(2), 16, 31));

        OverdueRule.UnreadAssessment assessed = slaOne.assess(unread, check);

        assertThat(assessed.unread()).isEqualTo(2);
        assertThat(assessed.overdue()).isEqualTo(1);
        assertThat(assessed.oldestUnread()).isEqualTo(at(MONDAY, 9, 0));
    }

    @Test
    void theOldestUnreadIsTheEarliestArrivalWhateverTheOrder() {
        Instant check = at(FRIDAY, 16, 30);

        OverdueRule.UnreadAssessment assessed = slaOne.assess(
                List.of(at(FRIDAY, 8, 0), at(MONDAY, 8, 0), at(MONDAY.plusDays(3), 8, 0)), check);

        assertThat(assessed.oldestUnread()).isEqualTo(at(MONDAY, 8, 0));
        assertThat(assessed.overdue()).isEqualTo(1);
    }

    @Test
    void nothingUnreadHasNoOldest() {
        assertThat(slaOne.assess(List.of(), at(FRIDAY, 16, 30)))
                .isEqualTo(new OverdueRule.UnreadAssessment(0, null, 0));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(HANOI).toInstant();
    }
}
