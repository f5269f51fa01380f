package vn.mailcompliance.monitor;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.job.Jobs;
import vn.mailcompliance.job.RunHistory;
import vn.mailcompliance.notify.ReminderRepository;
import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.shared.Secrets;

/**
 * Health of the parts {@code serve} depends on and the product's own metrics, for {@code serve} only (the one command
 * with a web server). Every figure is read from the product's database when scraped, so runs of {@code monthly} or
 * {@code daily} started by cron in other processes show too. The product database's and the SMTP server's health come
 * from Spring Boot's own indicators.
 */
@Configuration
@ConditionalOnProperty(ServeOnlyAutoConfigurations.SERVING)
class MonitoringConfiguration {

    private static final int TIMEOUT_MILLIS = 5_000;

    @Bean
    HealthIndicator imapHealthIndicator(ImapProperties imap) {
        return () -> reachable(imap.host(), imap.port());
    }

    @Bean
    HealthIndicator directoryHealthIndicator(Environment environment) {
        return () -> {
            String url = environment.getProperty("compliance.directory.url");
            if (url == null || url.isBlank()) {
                return Health.up().withDetail("database", "the product's own").build();
            }
            if (url.startsWith("ldap")) {
                URI ldap = URI.create(url);
                return reachable(ldap.getHost(), ldap.getPort() > 0 ? ldap.getPort()
                        : url.startsWith("ldaps") ? 636 : 389);
            }
            try (Connection connection = DriverManager.getConnection(url,
                    environment.getProperty("compliance.directory.username", ""),
                    environment.getProperty("compliance.directory.password", ""))) {
                return connection.isValid(TIMEOUT_MILLIS / 1000) ? Health.up().build()
                        : Health.down().withDetail("error", "the connection is not valid").build();
            } catch (Exception e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName() + ": "
                        + Secrets.redact(String.valueOf(e.getMessage()).lines().findFirst().orElse(""))).build();
            }
        };
    }

    @Bean
    MeterBinder complianceMetrics(JobRepository jobs, CoverageRepository coverage, FindingRepository findings,
                                  RunHistory history, ReminderRepository reminders, ComplianceProperties settings) {
        return registry -> {
            for (String job : List.of(Jobs.MONTHLY, Jobs.DAILY)) {
                for (ScanOutcome.Status status : ScanOutcome.Status.values()) {
                    Gauge.builder("mailbox_compliance_mailboxes", () -> lastScan(jobs, coverage, job).stream()
                                    .filter(o -> o.status() == status).count())
                            .description("Mailboxes of the job's last run, by outcome")
                            .tag("job", job).tag("status", status.name().toLowerCase()).register(registry);
                }
                Gauge.builder("mailbox_compliance_scan_rate_mailboxes_per_second",
                                () -> rate(lastScan(jobs, coverage, job)))
                        .description("Mailboxes per second of the job's last run")
                        .tag("job", job).register(registry);
            }
            for (FindingCode code : FindingCode.values()) {
                Gauge.builder("mailbox_compliance_findings", () -> lastPeriod(jobs)
                                .map(period -> findings.countByCode(period).getOrDefault(code, 0)).orElse(0))
                        .description("Findings of the last evaluated period (waived ones not counted)")
                        .tag("code", code.name()).register(registry);
            }
            ZoneId zone = settings.zone();
            for (String job : RunHistory.JOBS) {
                Gauge.builder("mailbox_compliance_last_success", () -> history.lastSuccess(job)
                                .map(end -> (double) end.atZone(zone).toEpochSecond()).orElse(0.0))
                        .description("When the job last completed (Unix time; 0: never)")
                        .baseUnit("seconds").tag("job", job).register(registry);
            }
            FunctionCounter.builder("mailbox_compliance_reminders_sent", reminders,
                            (ToDoubleFunction<ReminderRepository>) ReminderRepository::countSent)
                    .description("Reminders mailed").register(registry);
        };
    }

    private static List<ScanOutcome> lastScan(JobRepository jobs, CoverageRepository coverage, String job) {
        JobInstance instance = jobs.getLastJobInstance(job);
        JobExecution execution = instance == null ? null : jobs.getLastJobExecution(instance);
        return execution == null ? List.of() : coverage.forJobExecution(execution.getId());
    }

    private static double rate(List<ScanOutcome> outcomes) {
        LocalDateTime first = outcomes.stream().map(ScanOutcome::startedAt).filter(t -> t != null)
                .min(LocalDateTime::compareTo).orElse(null);
        LocalDateTime last = outcomes.stream().map(ScanOutcome::finishedAt).filter(t -> t != null)
                .max(LocalDateTime::compareTo).orElse(null);
        if (first == null || last == null) {
            return 0;
        }
        double seconds = Math.max(Duration.between(first, last).toMillis(), 1) / 1000.0;
        return outcomes.size() / seconds;
    }

    private static Optional<String> lastPeriod(JobRepository jobs) {
        JobInstance instance = jobs.getLastJobInstance(Jobs.MONTHLY);
        return instance == null ? Optional.empty()
                : Optional.ofNullable(jobs.getLastJobExecution(instance))
                .map(execution -> execution.getJobParameters().getString("period"));
    }

    private static Health reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return Health.up().withDetail("server", host + ":" + port).build();
        } catch (Exception e) {
            return Health.down().withDetail("server", host + ":" + port)
                    .withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
