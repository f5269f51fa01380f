package vn.mailcompliance.backlog;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The unit mailbox obligation of articles 15.1 and 16.
 *
 * @param slaWorkingDays whole working days between arrival and check after which unread mail is overdue
 * @param checkTime      the time of day, in {@code compliance.zone}, as of which the daily job checks
 */
@ConfigurationProperties("compliance.backlog")
@Validated
public record BacklogProperties(
        @DefaultValue("1") @PositiveOrZero(message = "must be 0 or more working days, e.g. 1") int slaWorkingDays,
        @DefaultValue("16:30") @NotNull LocalTime checkTime) {
}
