package vn.mailcompliance.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void mailsAreSpacedSoThatNoMoreThanTheRateGoOutPerMinute() throws Exception {
        long[] now = {0};
        List<Duration> slept = new ArrayList<>();
        Pacer pacer = new Pacer(30, duration -> {
            slept.add(duration);
            now[0] += duration.toNanos();
        }, () -> now[0]);

        pacer.awaitSlot();
        pacer.awaitSlot();
        now[0] += Duration.ofMillis(500).toNanos();
        pacer.awaitSlot();

        assertThat(slept).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(1500));
    }

    @Test
    void aSlowSendNeedsNoExtraWait() throws Exception {
        long[] now = {0};
        List<Duration> slept = new ArrayList<>();
        Pacer pacer = new Pacer(60, slept::add, () -> now[0]);

        pacer.awaitSlot();
        now[0] += Duration.ofSeconds(3).toNanos();
        pacer.awaitSlot();

        assertThat(slept).isEmpty();
    }
}
