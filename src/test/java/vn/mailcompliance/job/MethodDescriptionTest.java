package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.backlog.BacklogProperties;
import vn.mailcompliance.backlog.CalendarProperties;
import vn.mailcompliance.backlog.WorkingCalendar;
import vn.mailcompliance.check.InventoryPolicy;
import vn.mailcompliance.check.PasswordPolicy;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.directory.DirectoryProperties;
import vn.mailcompliance.finding.Waivers;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.personaluse.PersonalUseProperties;
import vn.mailcompliance.personaluse.ServiceCatalog;
import vn.mailcompliance.report.Regulation;
import vn.mailcompliance.report.RegulationProperties;
import vn.mailcompliance.report.ReportProperties;
import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.settings.ComplianceProperties.Organization;

class MethodDescriptionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Organization ORGANIZATION = new Organization("Bộ", List.of("most.gov.vn"));
    /** National Day (Wednesday 2 September 2026), a Saturday holiday and a Saturday worked in exchange. */
    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 9, 2);

    private final ServiceCatalog catalog = ServiceCatalog.load(Path.of("jobs/personal-use-rules.yml"));

    private final MethodDescription method = new MethodDescription(
            new ComplianceProperties(ZONE, ORGANIZATION, Path.of("jobs/waivers.yml")),
            new Policy(ZONE, ORGANIZATION, new PasswordPolicy(Period.ofDays(90), Period.ofDays(14),
                    Period.ofDays(14), List.of("svc-*@most.gov.vn")), Set.of("yahoo.com", "gmail.com"),
                    new InventoryPolicy(Period.ofDays(30), 15, WorkingCalendar.weekendsOnly())),
            new BacklogProperties(1, LocalTime.of(16, 30)),
            new CalendarProperties(List.of(), List.of(), Path.of("jobs/holidays.yml")),
            new WorkingCalendar(Set.of(NATIONAL_DAY, LocalDate.of(2026, 9, 12)), Set.of(LocalDate.of(2026, 9, 5))),
            new PersonalUseProperties(Path.of("jobs/personal-use-rules.yml"), List.of("mx.most.gov.vn"),
                    Duration.ofDays(365), Duration.ofDays(90)),
            catalog, Waivers.empty(),
            new ImapProperties("imap.most.gov.vn", 993, ImapProperties.Security.SSL, "auditor", "imap-s3cret",
                    ImapProperties.Login.SEPARATOR, "*", "shared/", 4,
                    new ImapProperties.TrustStore(Path.of("/etc/trust.p12"), "trust-s3cret", "PKCS12"),
                    Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60),
                    new ImapProperties.Retry(3, Duration.ofSeconds(2)), 0.2, 500, List.of("Junk", "Trash")),
            new DirectoryProperties(DirectoryProperties.Kind.IREDMAIL,
                    "jdbc:mysql://db/vmail?user=vmail&password=db-s3cret", "vmail", "db-s3cret", null,
                    Path.of("jobs/directory.sql"), List.of("vanphong@*")),
            ReportProperties.of(Path.of("reports"), Locale.forLanguageTag("vi"), false),
            new RetentionProperties(Period.ofMonths(24), Period.ofMonths(60)),
            new Regulation(new RegulationProperties("Quy chế thử", "Thông tư", "01/2026/TT-BTEST", "Bộ Thử nghiệm",
                    "2026-03-15")));

    @Test
    void everySettingAFigureDependsOnIsListedWithItsValue() {
        Map<String, String> settings = method.describe(YearMonth.of(2026, 9));

        assertThat(settings).containsEntry("compliance.zone", "Asia/Ho_Chi_Minh")
                .containsEntry("compliance.organization.domains", "most.gov.vn")
                .containsEntry("compliance.password.max-age", "P90D")
                .containsEntry("compliance.password.warn-before", "P14D")
                .containsEntry("compliance.password.new-account-grace", "P14D")
                .containsEntry("compliance.password.exempt", "svc-*@most.gov.vn")
                .containsEntry("compliance.inventory.free-webmail", "gmail.com, yahoo.com")
                .containsEntry("compliance.backlog.sla-working-days", "1")
                .containsEntry("compliance.backlog.check-time", "16:30")
                .containsEntry("compliance.calendar.holidays-file", "jobs/holidays.yml")
                .containsEntry("compliance.personal-use.rules", "jobs/personal-use-rules.yml")
                .containsEntry("compliance.personal-use.services", String.valueOf(catalog.services().size()))
                .containsEntry("compliance.personal-use.trusted-authserv-ids", "mx.most.gov.vn")
                .containsEntry("compliance.personal-use.lookback", "P365D")
                .containsEntry("compliance.waivers", "jobs/waivers.yml")
                .containsEntry("compliance.waivers.count", "0")
                .containsEntry("compliance.imap.host", "imap.most.gov.vn")
                .containsEntry("compliance.imap.port", "993")
                .containsEntry("compliance.imap.security", "ssl")
                .containsEntry("compliance.imap.login", "separator")
                .containsEntry("compliance.imap.threads", "4")
                .containsEntry("compliance.imap.excluded-folders", "Junk, Trash")
                .containsEntry("compliance.report.locale", "vi")
                .containsEntry("compliance.report.show-subjects", "false")
                .containsEntry("compliance.directory.kind", "iredmail")
                .containsEntry("compliance.directory.roster", "")
                .containsEntry("compliance.directory.unit-mailboxes", "vanphong@*")
                .containsEntry("compliance.inventory.leaver-grace", "P30D")
                .containsEntry("compliance.inventory.unattended-after", "15")
                .containsEntry("compliance.retention.evidence", "P24M")
                .containsEntry("compliance.retention.findings", "P60M")
                .containsEntry("compliance.regulation.instrument",
                        "Quy chế thử ban hành kèm theo Thông tư số 01/2026/TT-BTEST ngày 15/03/2026 của Bộ Thử nghiệm");
        assertThat(catalog.services()).isNotEmpty();
    }

    @Test
    void holidaysAndMakeUpDaysAreCountedInThePeriodOnly() {
        Map<String, String> september = method.describe(YearMonth.of(2026, 9));
        assertThat(september).as("the Saturday holiday costs no working day")
                .containsEntry("compliance.calendar.holidays-in-period", "1")
                .containsEntry("compliance.calendar.make-up-days-in-period", "1");
        assertThat(method.describe(YearMonth.of(2026, 10)))
                .containsEntry("compliance.calendar.holidays-in-period", "0");
    }

    @Test
    void noSecretIsListed() {
        assertThat(method.describe(YearMonth.of(2026, 9)).values())
                .noneMatch(value -> value.contains("s3cret") || value.contains("jdbc:"));
    }
}
