package vn.mailcompliance.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * When {@code serve} starts the jobs, as Spring cron expressions (second minute hour day month weekday) in
 * {@code compliance.zone}.
 */
@ConfigurationProperties("compliance.schedule")
record ScheduleProperties(
        @DefaultValue("0 30 16 * * MON-FRI") String daily,
        @DefaultValue("0 0 7 1 * *") String monthly) {

    public ScheduleProperties {
        requireCron("compliance.schedule.daily", daily);
        requireCron("compliance.schedule.monthly", monthly);
    }

    private static void requireCron(String key, String expression) {
        if (!CronExpression.isValidExpression(expression)) {
            throw new IllegalArgumentException(key + " '" + expression + "' is not a cron expression of six fields "
                    + "(second minute hour day month weekday), e.g. \"0 30 16 * * MON-FRI\"");
        }
    }
}
