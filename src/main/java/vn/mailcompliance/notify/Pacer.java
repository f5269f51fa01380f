package vn.mailcompliance.notify;

import java.time.Duration;

/** Keeps mails at most {@code rate} per minute: each send waits until its slot, one interval after the last. */
class Pacer {

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    interface Ticker {
        long nanoTime();
    }

    private final Duration interval;
    private final Sleeper sleeper;
    private final Ticker ticker;
    private long last = Long.MIN_VALUE;

    Pacer(int perMinute, Sleeper sleeper, Ticker ticker) {
        this.interval = Duration.ofMinutes(1).dividedBy(perMinute);
        this.sleeper = sleeper;
        this.ticker = ticker;
    }

    static Pacer perMinute(int rate) {
        return new Pacer(rate, duration -> Thread.sleep(duration.toMillis()), System::nanoTime);
    }

    void awaitSlot() throws InterruptedException {
        if (last != Long.MIN_VALUE) {
            long wait = interval.toNanos() - (ticker.nanoTime() - last);
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
        }
        last = ticker.nanoTime();
    }
}
