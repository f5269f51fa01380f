package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static Clock at(LocalDateTime local) {
        return Clock.fixed(local.atZone(ZONE).toInstant(), ZONE);
    }

    @Test
    void aPastPeriodIsEvaluatedAsOfItsLastInstantInTheZone() {
        Instant instant = Evaluation.endOf(YearMonth.of(2026, 10), ZONE, at(LocalDateTime.of(2026, 11, 5, 9, 0)));

        assertThat(LocalDateTime.ofInstant(instant, ZONE)).isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 59, 59,
                999_000_000));
    }

    @Test
    void theRunningPeriodIsEvaluatedAsOfNow() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 20, 10, 30);

        assertThat(Evaluation.endOf(YearMonth.of(2026, 11), ZONE, at(now))).isEqualTo(now.atZone(ZONE).toInstant());
    }

    @Test
    void aDailyCheckIsAsOfItsCheckTimeOrNowBeforeIt() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        LocalTime checkTime = LocalTime.of(16, 30);

        assertThat(Evaluation.checkTimeOf(day, checkTime, ZONE, at(day.plusDays(1).atTime(8, 0))))
                .isEqualTo(day.atTime(checkTime).atZone(ZONE).toInstant());
        assertThat(Evaluation.checkTimeOf(day, checkTime, ZONE, at(day.atTime(9, 0))))
                .isEqualTo(day.atTime(9, 0).atZone(ZONE).toInstant());
    }
}
