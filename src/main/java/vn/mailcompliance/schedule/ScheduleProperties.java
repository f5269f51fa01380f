package vn.mailcompliance.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import vn.mailcompliance.settings.Cron;

/**
 * When {@code serve} starts the jobs, as Spring cron expressions (second minute hour day month weekday) in
 * {@code compliance.zone}.
 */
@ConfigurationProperties("compliance.schedule")
@Validated
record ScheduleProperties(
        @DefaultValue("0 30 16 * * MON-FRI") @Cron String daily,
        @DefaultValue("0 0 7 1 * *") @Cron String monthly) {
}
