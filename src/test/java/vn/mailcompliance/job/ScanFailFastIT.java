package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.imap.ScanCannotContinueException;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * A certificate the JVM does not trust fails the monthly scan at the first mailbox with the setting to fix, rather
 * than be retried mailbox after mailbox and end as a coverage failure.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, ScanFailFastIT.Ministry.class})
class ScanFailFastIT {

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("failfast");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer().withTls();

    static final List<String> ADDRESSES = IntStream.range(0, 8).mapToObj(n -> "tls" + n + "@most.gov.vn").toList();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        database.registerSpringProperties(registry);
        // The server's certificate is self-signed and no trust store is configured: the JVM does not trust it.
        registry.add("compliance.imap.host", () -> "localhost");
        registry.add("compliance.imap.port", dovecot::port);
        registry.add("compliance.imap.security", () -> "starttls");
        registry.add("compliance.imap.master-user", dovecot::masterUser);
        registry.add("compliance.imap.master-password", dovecot::masterPassword);
        registry.add("compliance.imap.threads", () -> "1");
        registry.add("compliance.imap.retry.attempts", () -> "3");
        registry.add("compliance.imap.retry.back-off", () -> "10ms");
        String reports = Files.createTempDirectory("fail-fast-reports").toString();
        registry.add("compliance.report.dir", () -> reports);
        for (String address : ADDRESSES) {
            dovecot.addUser(address);
            dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: m\n\nbody\n",
                    Instant.parse("2026-05-20T03:00:00Z"), true);
        }
    }

    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier("monthlyComplianceJob")
    Job monthly;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUntrustedCertificateEndsTheScanAtTheFirstMailboxNamingTheTrustStore() throws Exception {
        JobExecution execution = jobOperator.start(monthly,
                new JobParametersBuilder().addString("period", "2026-05").toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).anySatisfy(failure -> assertThat(failure)
                .hasRootCauseInstanceOf(ScanCannotContinueException.class)
                .rootCause()
                .hasMessageContaining("compliance.imap.trust-store")
                .hasMessageNotContaining(dovecot.masterPassword()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scan_outcome", Integer.class))
                .as("no mailbox retried and recorded as a coverage gap").isZero();
    }

    @TestConfiguration
    static class Ministry {

        @Bean
        @Primary
        DirectorySource ministry() {
            LocalDateTime created = LocalDateTime.of(2025, 1, 6, 8, 0);
            List<Account> accounts = ADDRESSES.stream().map(address -> new Account(address, address, "VP",
                    MailboxKind.PERSONAL, null, true, created, created, null, null, "test")).toList();
            return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ")), accounts, Map.of(), Map.of(),
                    List.of());
        }
    }
}
