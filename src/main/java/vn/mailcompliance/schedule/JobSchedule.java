package vn.mailcompliance.schedule;

import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import vn.mailcompliance.ComplianceProperties;

/**
 * Runs the daily and monthly jobs on their cron schedules until the process is stopped ({@code serve}). One job at a
 * time: a single scheduler thread, so a long monthly run delays a daily check rather than racing it.
 */
@Component
public class JobSchedule {

    private static final Logger log = LoggerFactory.getLogger(JobSchedule.class);

    private final ScheduleProperties schedule;
    private final ZoneId zone;

    JobSchedule(ScheduleProperties schedule, ComplianceProperties settings) {
        this.schedule = schedule;
        this.zone = settings.zone();
    }

    /** Blocks until the JVM shuts down, running {@code daily} and {@code monthly} when their schedules fire. */
    public void runUntilStopped(Runnable daily, Runnable monthly) throws InterruptedException {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("schedule-");
        scheduler.initialize();
        scheduler.schedule(guarded("daily", daily), new CronTrigger(schedule.daily(), zone));
        scheduler.schedule(guarded("monthly", monthly), new CronTrigger(schedule.monthly(), zone));
        log.info("Serving: daily check '{}', monthly report '{}' ({})", schedule.daily(), schedule.monthly(), zone);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.shutdown();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.error("Scheduled {} run failed: {}", name, e.getMessage(), e);
            }
        };
    }
}
