package vn.mailcompliance.backlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.core.io.FileSystemResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 9, 2)),
            Set.of(LocalDate.of(2026, 8, 22)));

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
    }

    @Test
    void workingDaysBetweenCountsOnlyTheDaysStrictlyInside() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2026, 11, 23))).isZero();
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2026, 11, 24))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
    }

    @Test
    void workingDaysOfAMonthLeaveOutWeekendsAndHolidays() {
        assertThat(calendar.workingDays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))).hasSize(21)
                .doesNotContain(LocalDate.of(2026, 9, 2));
    }

    @Test
    void theShippedHolidaysFileKnowsTetAndTheMakeUpDays() {
        HolidaysFile file = HolidaysFile.read(new FileSystemResource("jobs/holidays.yml"));
        WorkingCalendar shipped = new WorkingCalendar(file.holidays(), file.makeUpDays());

        assertThat(shipped.workingDays(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22))).isEmpty();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(shipped.workingDays(LocalDate.of(2026, 8, 29), LocalDate.of(2026, 9, 2))).isEmpty();
        assertThat(shipped.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aDateThatIsNotADateInTheHolidaysFileIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("holidays.yml");
        Files.writeString(file, "holidays:\n  2026-13-01: nowhere\n");

        assertThatThrownBy(() -> HolidaysFile.read(new FileSystemResource(file)))
                .hasMessageContaining("2026-13-01").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void aMissingHolidaysFileNamesTheSetting(@TempDir Path dir) {
        assertThatThrownBy(() -> HolidaysFile.read(new FileSystemResource(dir.resolve("absent.yml"))))
                .hasMessageContaining("compliance.calendar.holidays-file");
    }
}
