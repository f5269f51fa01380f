package vn.mailcompliance.job;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.mailcompliance.backlog.BacklogProperties;
import vn.mailcompliance.backlog.CalendarProperties;
import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.directory.DirectoryProperties;
import vn.mailcompliance.finding.Waivers;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.personaluse.PersonalUseProperties;
import vn.mailcompliance.personaluse.ServiceCatalog;
import vn.mailcompliance.report.Regulation;
import vn.mailcompliance.report.ReportProperties;
import vn.mailcompliance.settings.ComplianceProperties;

/**
 * Every setting in force that a figure of the report depends on, with its value, as the Method sheet lists them, so a
 * reader can tell how each figure was computed. Secrets (passwords, the directory's JDBC URL) are never listed.
 */
@Component
class MethodDescription {

    private final ComplianceProperties settings;
    private final Policy policy;
    private final BacklogProperties backlog;
    private final CalendarProperties calendarSettings;
    private final WorkingCalendar calendar;
    private final PersonalUseProperties personalUse;
    private final ServiceCatalog services;
    private final Waivers waivers;
    private final ImapProperties imap;
    private final DirectoryProperties directory;
    private final ReportProperties report;
    private final RetentionProperties retention;
    private final Regulation regulation;

    MethodDescription(ComplianceProperties settings, Policy policy, BacklogProperties backlog,
                      CalendarProperties calendarSettings, WorkingCalendar calendar, PersonalUseProperties personalUse,
                      ServiceCatalog services, Waivers waivers, ImapProperties imap, DirectoryProperties directory,
                      ReportProperties report, RetentionProperties retention, Regulation regulation) {
        this.settings = settings;
        this.policy = policy;
        this.backlog = backlog;
        this.calendarSettings = calendarSettings;
        this.calendar = calendar;
        this.personalUse = personalUse;
        this.services = services;
        this.waivers = waivers;
        this.imap = imap;
        this.directory = directory;
        this.report = report;
        this.retention = retention;
        this.regulation = regulation;
    }

    /** Setting key (or, for a figure derived from a file, the file's key and what was counted) to value. */
    Map<String, String> describe(YearMonth period) {
        Map<String, String> method = new LinkedHashMap<>();
        method.put("compliance.zone", settings.zone().getId());
        method.put("compliance.organization.domains", join(settings.organization().domains()));
        method.put("compliance.password.max-age", policy.password().maxAge().toString());
        method.put("compliance.password.warn-before", policy.password().warnBefore().toString());
        method.put("compliance.password.new-account-grace", policy.password().newAccountGrace().toString());
        method.put("compliance.password.exempt", join(policy.password().exemptPatterns()));
        method.put("compliance.inventory.free-webmail", join(policy.freeWebmailDomains().stream().sorted().toList()));
        method.put("compliance.inventory.leaver-grace", policy.inventory().leaverGrace().toString());
        method.put("compliance.inventory.unattended-after", String.valueOf(policy.inventory().unattendedAfter()));
        method.put("compliance.inventory.free-webmail-threshold", String.valueOf(policy.freeWebmailThreshold()));
        method.put("compliance.signing.required-for", join(policy.signing().requiredFor()));
        method.put("compliance.signing.min-share", String.valueOf(policy.signing().minShare()));
        method.put("compliance.backlog.sla-working-days", String.valueOf(backlog.slaWorkingDays()));
        method.put("compliance.backlog.check-time", backlog.checkTime().toString());
        method.put("compliance.calendar.holidays-file", path(calendarSettings.holidaysFile()));
        method.put("compliance.calendar.holidays-in-period", String.valueOf(holidays(period)));
        method.put("compliance.calendar.make-up-days-in-period", String.valueOf(makeUpDays(period)));
        method.put("compliance.personal-use.rules", path(personalUse.rules()));
        method.put("compliance.personal-use.services", String.valueOf(services.services().size()));
        method.put("compliance.personal-use.trusted-authserv-ids", join(personalUse.trustedAuthservIds()));
        method.put("compliance.personal-use.lookback", days(personalUse.lookback()));
        method.put("compliance.personal-use.active-window", days(personalUse.activeWindow()));
        method.put("compliance.waivers", path(settings.waivers()));
        method.put("compliance.waivers.count", String.valueOf(waivers.all().size()));
        method.put("compliance.imap.host", imap.host());
        method.put("compliance.imap.port", String.valueOf(imap.port()));
        method.put("compliance.imap.security", lower(imap.security()));
        method.put("compliance.imap.login", lower(imap.login()));
        method.put("compliance.imap.master-user", imap.masterUser());
        method.put("compliance.imap.threads", String.valueOf(imap.threads()));
        method.put("compliance.imap.max-failed-share", String.valueOf(imap.maxFailedShare()));
        method.put("compliance.imap.excluded-folders", join(imap.excludedFolders()));
        method.put("compliance.report.locale", report.locale().toLanguageTag());
        method.put("compliance.report.show-subjects", String.valueOf(report.showSubjects()));
        method.put("compliance.report.target-score", number(report.targetScore()));
        method.put("compliance.report.score-thresholds", join(report.scoreThresholds().stream()
                .map(MethodDescription::number).toList()));
        method.put("compliance.report.severity-weights.high", number(report.severityWeights().high()));
        method.put("compliance.report.severity-weights.medium", number(report.severityWeights().medium()));
        method.put("compliance.report.severity-weights.low", number(report.severityWeights().low()));
        method.put("compliance.directory.kind", lower(directory.kind()));
        method.put("compliance.directory.roster", path(directory.roster()));
        method.put("compliance.directory.unit-mailboxes", join(directory.unitMailboxes()));
        if (directory.baseDn() != null && !directory.baseDn().isBlank()) {
            method.put("compliance.directory.base-dn", directory.baseDn());
        }
        method.put("compliance.retention.evidence", retention.evidence().toString());
        method.put("compliance.retention.findings", retention.findings().toString());
        method.put("compliance.regulation.instrument", regulation.instrumentInFull(report.locale()));
        return method;
    }

    /** Weekdays of the period that are not working days: the public holidays that cost a working day. */
    private long holidays(YearMonth period) {
        return daysOf(period).filter(day -> !isWeekend(day) && !calendar.isWorkingDay(day)).count();
    }

    /** Weekend days of the period worked in exchange for a holiday. */
    private long makeUpDays(YearMonth period) {
        return daysOf(period).filter(day -> isWeekend(day) && calendar.isWorkingDay(day)).count();
    }

    private static Stream<LocalDate> daysOf(YearMonth period) {
        return period.atDay(1).datesUntil(period.plusMonths(1).atDay(1));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A duration of whole days as an ISO period (P365D), which the report shows in words; otherwise ISO as it is. */
    private static String days(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }

    /** 90 rather than 90.0; 0.6 as it is. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    private static String path(Path path) {
        return path == null ? "" : path.toString();
    }

    private static String lower(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
