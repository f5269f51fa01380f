package vn.mailcompliance.schedule;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.job.RunningExecutions;
import vn.mailcompliance.notify.NotifyProperties;
import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.shared.StopRequests;

/**
 * Runs the daily and monthly jobs, and the reminders when enabled, on their cron schedules until the process is
 * stopped ({@code serve}). One job at a time: a single scheduler thread, so a long monthly run delays a daily check
 * rather than racing it. Asked to stop (SIGTERM), it starts nothing more, asks the running job to stop at its next
 * safe point and waits for it ({@code compliance.schedule.stop-timeout}); the job is then STOPPED and resumes at the
 * next start.
 */
@Component
public class JobSchedule {

    private static final Logger log = LoggerFactory.getLogger(JobSchedule.class);

    private final ScheduleProperties schedule;
    private final ZoneId zone;
    private final boolean notifyEnabled;
    private final WorkingCalendar calendar;
    private final RunningExecutions running;
    private final JobOperator jobOperator;

    JobSchedule(ScheduleProperties schedule, ComplianceProperties settings, NotifyProperties notify,
                WorkingCalendar calendar, RunningExecutions running, JobOperator jobOperator) {
        this.schedule = schedule;
        this.zone = settings.zone();
        this.notifyEnabled = notify.enabled();
        this.calendar = calendar;
        this.running = running;
        this.jobOperator = jobOperator;
    }

    /**
     * Blocks until the JVM shuts down, running {@code daily}, {@code monthly} and (when enabled) {@code notify} when
     * their schedules fire.
     */
    public void runUntilStopped(Runnable daily, Runnable monthly, Runnable notify) throws InterruptedException {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("schedule-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationMillis(schedule.stopTimeout().toMillis());
        scheduler.initialize();
        List<ScheduledFuture<?>> tasks = new ArrayList<>();
        tasks.add(scheduler.schedule(guarded("daily", daily), new CronTrigger(schedule.daily(), zone)));
        tasks.add(scheduler.schedule(guarded("monthly", monthly), new CronTrigger(schedule.monthly(), zone)));
        if (notifyEnabled) {
            tasks.add(scheduler.schedule(guarded("notify", notify), new CronTrigger(schedule.reminders(), zone)));
        }
        log.info("Serving: daily check '{}', monthly report '{}', reminders {} ({})", schedule.daily(),
                schedule.monthly(), notifyEnabled ? "'" + schedule.reminders() + "'" : "disabled", zone);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            StopRequests.request();
            tasks.forEach(task -> task.cancel(false));
            stopRunningJobs();
            scheduler.shutdown();
            log.info("Stopped");
            stopped.countDown();
        }, "serve-stop"));
        stopped.await();
    }

    /** The next run of each schedule after {@code now}; the daily check's on a working day. */
    public Map<String, ZonedDateTime> nextRuns(ZonedDateTime now) {
        Map<String, ZonedDateTime> next = new LinkedHashMap<>();
        ZonedDateTime daily = CronExpression.parse(schedule.daily()).next(now.withZoneSameInstant(zone));
        for (int i = 0; daily != null && i < 400 && !calendar.isWorkingDay(daily.toLocalDate()); i++) {
            daily = CronExpression.parse(schedule.daily()).next(daily);
        }
        next.put("daily", daily);
        next.put("monthly", CronExpression.parse(schedule.monthly()).next(now.withZoneSameInstant(zone)));
        if (notifyEnabled) {
            next.put("notify", CronExpression.parse(schedule.reminders()).next(now.withZoneSameInstant(zone)));
        }
        return next;
    }

    private void stopRunningJobs() {
        for (JobExecution execution : running.executions()) {
            log.info("Stopping {} (execution {}) at its next safe point", execution.getJobInstance().getJobName(),
                    execution.getId());
            try {
                jobOperator.stop(execution);
            } catch (Exception e) {
                log.warn("Could not ask execution {} to stop: {}", execution.getId(), e.getMessage());
            }
        }
    }

    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            if (StopRequests.requested()) {
                return;
            }
            try {
                job.run();
            } catch (RuntimeException e) {
                log.error("Scheduled {} run failed: {}", name, e.getMessage(), e);
            }
        };
    }
}
