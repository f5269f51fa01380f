package vn.mailcompliance.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

import vn.mailcompliance.settings.Cron;
import vn.mailcompliance.settings.PositiveDuration;

/**
 * When {@code serve} starts the jobs (and the reminders, when {@code compliance.notify.enabled}), as Spring cron
 * expressions (second minute hour day month weekday) in {@code compliance.zone}.
 *
 * @param stopTimeout how long {@code serve}, asked to stop, waits for a running job to reach a safe point
 */
@ConfigurationProperties("compliance.schedule")
@Validated
record ScheduleProperties(
        @DefaultValue("0 30 16 * * MON-FRI") @Cron String daily,
        @DefaultValue("0 0 7 1 * *") @Cron String monthly,
        @Name("notify") @DefaultValue("0 45 16 * * MON-FRI") @Cron String reminders,
        @DefaultValue("60s") @PositiveDuration Duration stopTimeout) {
}
