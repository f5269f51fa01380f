package vn.mailcompliance.backlog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The non-working days besides weekends.
 *
 * @param holidays     extra non-working days, added to those of the holidays file
 * @param makeUpDays   weekend days worked in exchange for a holiday (ngày làm bù), added to those of the file
 * @param holidaysFile the operator-editable list of public holidays; empty for none
 */
@ConfigurationProperties("compliance.calendar")
public record CalendarProperties(
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue List<LocalDate> makeUpDays,
        @DefaultValue("jobs/holidays.yml") Path holidaysFile) {
}
