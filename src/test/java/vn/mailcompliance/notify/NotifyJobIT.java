package vn.mailcompliance.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * The reminders run as the {@code notify} job does (its tasklet's transaction holding the run lock), on MariaDB and
 * GreenMail: every mail sent is recorded at once, so a run that fails after some mails went out keeps them recorded
 * and the next run sends only the rest; and a second run waits for the first and sends nothing it sent.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, NotifyJobIT.FlakySmtp.class})
class NotifyJobIT {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> OWNERS = List.of("an.nguyen@most.gov.vn", "binh.tran@most.gov.vn",
            "cuong.le@most.gov.vn", "dung.pham@most.gov.vn");
    private static final AtomicInteger RUNS = new AtomicInteger();

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        database.registerSpringProperties(registry);
        registry.add("compliance.zone", HANOI::getId);
        registry.add("compliance.notify.from", () -> "ttcntt@most.gov.vn");
        registry.add("compliance.notify.rate", () -> "6000");
        registry.add("compliance.password.max-age", () -> "P90D");
        registry.add("compliance.password.warn-before", () -> "P14D");
    }

    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier(NotifyJobConfiguration.JOB_NAME)
    Job notifyJob;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FlakySender sender;

    @BeforeEach
    void fourExpiringPasswords() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        sender.reset();
        jdbc.sql("DELETE FROM reminder").update();
        jdbc.sql("DELETE FROM account").update();
        jdbc.sql("DELETE FROM unit").update();
        jdbc.sql("INSERT INTO unit (code, name, synced_at) VALUES ('VP', 'Văn phòng Bộ', :now)")
                .param("now", LocalDateTime.now()).update();
        LocalDate today = LocalDate.now(HANOI);
        for (String owner : OWNERS) {
            // changed 80 days ago: expires in 10 days, within warn-before
            jdbc.sql("""
                            INSERT INTO account (address, display_name, unit_code, kind, active, created_at,
                                                 password_changed_at, source, synced_at)
                            VALUES (:address, :address, 'VP', 'PERSONAL', TRUE, :created, :changed, 'iredmail', :now)
                            """)
                    .param("address", owner).param("created", today.minusDays(300).atTime(8, 0))
                    .param("changed", today.minusDays(80).atTime(12, 0)).param("now", LocalDateTime.now()).update();
        }
    }

    @Test
    void aMailServerDroppingMidRunKeepsTheMailsSentRecordedAndTheNextRunSendsOnlyTheRest() throws Exception {
        List<String> seenDuringTheRun = new ArrayList<>();
        sender.onSend = n -> {
            if (n == 3) {
                // what the two mails sent so far left, seen from outside the run while it still holds its lock
                seenDuringTheRun.add("sent rows committed: " + committedSentRows());
                seenDuringTheRun.add("run lock held: " + lockHeldByAnotherTransaction());
                throw new MailSendException("Connection to the SMTP server dropped");
            }
        };

        JobExecution failed = run();

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(seenDuringTheRun).containsExactly("sent rows committed: 2", "run lock held: true");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(committedSentRows()).isEqualTo(2);

        sender.onSend = n -> { };
        JobExecution next = run();

        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(next.getExecutionContext().getInt(NotifyJobConfiguration.SENT_KEY)).isEqualTo(2);
        assertThat(next.getExecutionContext().getInt(NotifyJobConfiguration.REPEATED_KEY)).isEqualTo(2);
        assertThat(recipients()).containsExactlyInAnyOrderElementsOf(OWNERS);
        assertThat(committedSentRows()).isEqualTo(4);
    }

    @Test
    void aSecondRunWaitsForTheFirstAndDoesNotSendWhatItSent() throws Exception {
        CompletableFuture<JobExecution> second = new CompletableFuture<>();
        sender.onSend = n -> {
            if (n == 1) {
                CompletableFuture.runAsync(() -> second.complete(run()));
                awaitAWaitForTheRunLock();
            }
        };

        JobExecution first = run();
        JobExecution waited = second.get(30, TimeUnit.SECONDS);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(first.getExecutionContext().getInt(NotifyJobConfiguration.SENT_KEY)).isEqualTo(4);
        assertThat(waited.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(waited.getExecutionContext().getInt(NotifyJobConfiguration.SENT_KEY)).isZero();
        assertThat(waited.getExecutionContext().getInt(NotifyJobConfiguration.REPEATED_KEY)).isEqualTo(4);
        assertThat(recipients()).containsExactlyInAnyOrderElementsOf(OWNERS);
    }

    @Test
    void theLockCheckFindsTheLockFreeBetweenRuns() {
        assertThat(lockHeldByAnotherTransaction()).isFalse();
    }

    private JobExecution run() {
        try {
            return jobOperator.start(notifyJob,
                    NotifyJobConfiguration.parameters(Instant.now().plusSeconds(RUNS.incrementAndGet())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> recipients() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                recipients.add(recipient.toString());
            }
        }
        return recipients;
    }

    /** SENT rows another connection sees, i.e. committed ones. */
    private static int committedSentRows() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT COUNT(*) FROM reminder WHERE status = 'SENT'");
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether another connection waits in vain (one second) for the run lock. */
    private static boolean lockHeldByAnotherTransaction() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SESSION innodb_lock_wait_timeout = 1");
            c.setAutoCommit(false);
            try {
                s.executeQuery("SELECT id FROM notify_lock WHERE id = 1 FOR UPDATE");
                return false;
            } catch (SQLException e) {
                assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(1205); // lock wait timeout
                return true;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until another connection waits for the run lock (the second run). */
    private static void awaitAWaitForTheRunLock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                // MariaDB waits for the row lock of a primary key lookup while optimizing ("Statistics"), so
                // information_schema.INNODB_TRX does not always show the wait; the process list does
                var rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                        + "AND INFO LIKE 'SELECT id FROM notify_lock%'");
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
                Thread.sleep(50);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the second run never waited for the run lock");
    }

    /** GreenMail's SMTP server, with a hook called before each send (numbered from 1) that may fail it. */
    static class FlakySender extends JavaMailSenderImpl {

        volatile IntConsumer onSend = n -> { };
        private final AtomicInteger sends = new AtomicInteger();

        @Override
        protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
            onSend.accept(sends.incrementAndGet());
            super.doSend(mimeMessages, originalMessages);
        }

        void reset() {
            onSend = n -> { };
            sends.set(0);
        }
    }

    @TestConfiguration
    static class FlakySmtp {

        @Bean
        FlakySender flakySender() {
            FlakySender sender = new FlakySender();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.getSmtp().getPort());
            return sender;
        }
    }
}
