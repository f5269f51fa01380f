package vn.mailcompliance.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.scheduling.support.CronExpression;

/**
 * When {@code serve} starts the jobs (and the reminders, when {@code compliance.notify.enabled}), as Spring cron
 * expressions (second minute hour day month weekday) in {@code compliance.zone}.
 *
 * @param stopTimeout how long {@code serve}, asked to stop, waits for a running job to reach a safe point
 */
@ConfigurationProperties("compliance.schedule")
record ScheduleProperties(
        @DefaultValue("0 30 16 * * MON-FRI") String daily,
        @DefaultValue("0 0 7 1 * *") String monthly,
        @Name("notify") @DefaultValue("0 45 16 * * MON-FRI") String reminders,
        @DefaultValue("60s") Duration stopTimeout) {

    public ScheduleProperties {
        requireCron("compliance.schedule.daily", daily);
        requireCron("compliance.schedule.monthly", monthly);
        requireCron("compliance.schedule.notify", reminders);
    }

    private static void requireCron(String key, String expression) {
        if (!CronExpression.isValidExpression(expression)) {
            throw new IllegalArgumentException(key + " '" + expression + "' is not a cron expression of six fields "
                    + "(second minute hour day month weekday), e.g. \"0 30 16 * * MON-FRI\"");
        }
    }
}
