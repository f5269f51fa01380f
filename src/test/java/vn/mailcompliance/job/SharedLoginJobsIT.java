package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;
import vn.mailcompliance.testsupport.StoredMessage;

/**
 * The daily and monthly jobs with {@code compliance.imap.login: shared}: one auditor login per worker reads every
 * mailbox through Dovecot's shared namespace, with the same results as a master-user login and nothing changed.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, SharedLoginJobsIT.TwoMailboxes.class})
class SharedLoginJobsIT {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String OFFICE = "vanphong@most.gov.vn";
    private static final String STAFF = "an.nguyen@most.gov.vn";

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("shared");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer().withSharedNamespace();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        database.registerSpringProperties(registry);
        dovecot.registerSpringProperties(registry);
        registry.add("compliance.imap.login", () -> "shared");
        registry.add("compliance.imap.retry.attempts", () -> 1);
        Path reports = Files.createTempDirectory("shared-login-reports");
        registry.add("compliance.report.dir", reports::toString);
        dovecot.addUser(OFFICE);
        dovecot.addUser(STAFF);
        // Monday 2 November 2026, read on Wednesday 4 at the 16:30 check: overdue (SLA 1 working day).
        dovecot.deliver(OFFICE, "INBOX", message("citizen@example.vn", "Đề nghị cung cấp thông tin"),
                LocalDateTime.of(2026, 11, 2, 9, 0).atZone(HANOI).toInstant(), false);
        dovecot.deliver(OFFICE, "INBOX", message("vp@most.gov.vn", "Giấy mời họp"),
                LocalDateTime.of(2026, 11, 2, 10, 0).atZone(HANOI).toInstant(), true);
        dovecot.deliver(STAFF, "INBOX", message("Facebook <security@facebookmail.com>", "Welcome to Facebook"),
                LocalDateTime.of(2026, 11, 3, 8, 0).atZone(HANOI).toInstant(), false);
        dovecot.deliver(STAFF, "INBOX", message("Facebook <notification@facebookmail.com>", "Confirm your account"),
                LocalDateTime.of(2026, 11, 3, 8, 5).atZone(HANOI).toInstant(), true);
    }

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("dailyUnitMailboxJob")
    Job dailyUnitMailboxJob;

    @Autowired
    @Qualifier("monthlyComplianceJob")
    Job monthlyComplianceJob;

    @Autowired
    JdbcClient jdbc;

    @Test
    void dailyAndMonthlyJobsReadEveryMailboxThroughTheSharedNamespaceAndChangeNothing() throws Exception {
        Map<String, List<StoredMessage>> before = Map.of(OFFICE, dovecot.messages(OFFICE, "INBOX"),
                STAFF, dovecot.messages(STAFF, "INBOX"));

        JobExecution daily = jobOperator.start(dailyUnitMailboxJob,
                new JobParametersBuilder().addString("date", LocalDate.of(2026, 11, 4).toString()).toJobParameters());
        JobExecution monthly = jobOperator.start(monthlyComplianceJob,
                new JobParametersBuilder().addString("period", "2026-11").toJobParameters());

        assertThat(daily.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT unread_count, overdue_count FROM unit_mailbox_snapshot WHERE address = :a")
                .param("a", OFFICE).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single())
                .containsExactly(1, 1);
        assertThat(monthly.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT address, status FROM scan_outcome WHERE job_execution_id = :j ORDER BY address")
                .param("j", monthly.getId()).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactly(STAFF + " SCANNED", OFFICE + " SCANNED");
        assertThat(jdbc.sql("SELECT subject FROM finding WHERE period = '2026-11' AND code = 'PERSONAL_USE' "
                + "AND address = :a").param("a", STAFF).query(String.class).list()).containsExactly("Facebook");
        assertThat(dovecot.messages(OFFICE, "INBOX")).isEqualTo(before.get(OFFICE));
        assertThat(dovecot.messages(STAFF, "INBOX")).isEqualTo(before.get(STAFF));
    }

    private static String message(String from, String subject) {
        return "From: " + from + "\r\nTo: someone@most.gov.vn\r\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\r\nDate: Mon, 2 Nov 2026 09:00:00 +0700\r\nMessage-ID: <" + Math.abs(subject.hashCode())
                + "@example.vn>\r\n\r\nNội dung.\r\n";
    }

    @TestConfiguration
    static class TwoMailboxes {

        @Bean
        @Primary
        DirectorySource twoMailboxes() {
            LocalDateTime created = LocalDateTime.of(2025, 1, 6, 8, 0);
            return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ")),
                    List.of(new Account(OFFICE, "Văn phòng Bộ", "VP", MailboxKind.UNIT, null, true, created,
                                    created.plusDays(1), null, null, "test"),
                            new Account(STAFF, "Nguyễn Văn An", "VP", MailboxKind.PERSONAL, "E001", true, created,
                                    created.plusDays(1), null, null, "test")),
                    Map.of(), Map.of(), List.of());
        }
    }
}
