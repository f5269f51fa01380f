package vn.mailcompliance.backlog;

import java.util.HashSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.settings.OperatorFiles;

@Configuration
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties settings) {
        HolidaysFile file = settings.holidaysFile() == null || settings.holidaysFile().toString().isBlank()
                ? HolidaysFile.none()
                : HolidaysFile.read(OperatorFiles.open(settings.holidaysFile(), "jobs/holidays.yml"));
        Set<java.time.LocalDate> holidays = new HashSet<>(file.holidays());
        holidays.addAll(settings.holidays());
        Set<java.time.LocalDate> makeUpDays = new HashSet<>(file.makeUpDays());
        makeUpDays.addAll(settings.makeUpDays());
        return new WorkingCalendar(holidays, makeUpDays);
    }

    @Bean
    OverdueRule overdueRule(WorkingCalendar calendar, BacklogProperties backlog, ComplianceProperties settings) {
        return new OverdueRule(calendar, backlog.slaWorkingDays(), settings.zone());
    }
}
