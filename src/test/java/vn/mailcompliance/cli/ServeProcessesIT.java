package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * Two {@code serve} processes of the packaged jar on one database, both sending the reminders every two seconds:
 * each reminder reaches GreenMail's SMTP server once, each scheduled run is one job execution, and health and metrics
 * answer over HTTP on the management port; then {@code status} lists the runs.
 */
class ServeProcessesIT {

    private static final List<String> PEOPLE = List.of("an@most.gov.vn", "binh@most.gov.vn", "cuong@most.gov.vn");

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("serveprocesses");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()})
            .withPerMethodLifecycle(false);

    @TempDir
    Path workDir;

    private final List<Process> serves = new java.util.ArrayList<>();

    @AfterEach
    void stopServes() throws InterruptedException {
        for (Process serve : serves) {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoServeProcessesNeverRunTheSameJobTwiceAndServeHealthAndMetrics() throws Exception {
        ServeProcesses jar = new ServeProcesses(database, mail.getSmtp().getPort(), mail.getImap().getPort(),
                workDir);
        String empty = jar.run("status", 0);
        assertThat(empty).contains("notifyJob: never run").contains("Next scheduled runs in 'serve':");
        jar.seedExpiringPasswords(PEOPLE);

        int[] ports = {ServeProcesses.freePort(), ServeProcesses.freePort()};
        Path[] outputs = {workDir.resolve("serve-a.txt"), workDir.resolve("serve-b.txt")};
        for (int i = 0; i < 2; i++) {
            serves.add(jar.start("serve", outputs[i], "--compliance.notify.enabled=true",
                    "--compliance.schedule.notify=*/2 * * * * *", "--compliance.notify.rate=600",
                    "--management.server.port=" + ports[i]));
        }
        Process[] running = serves.toArray(Process[]::new);
        ServeProcesses.await("three reminders", Duration.ofMinutes(3),
                () -> mail.getReceivedMessages().length >= PEOPLE.size(), running);
        // both processes fire the schedule several more times
        Thread.sleep(6_000);

        assertThat(Arrays.stream(mail.getReceivedMessages()).map(ServeProcessesIT::recipient))
                .containsExactlyInAnyOrderElementsOf(PEOPLE);
        assertThat(jar.count("SELECT COUNT(*) FROM reminder WHERE status = 'SENT'")).isEqualTo(PEOPLE.size());
        assertThat(jar.count("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i
                  ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'notifyJob'"""))
                .isEqualTo(jar.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'notifyJob'"));

        String health = ServeProcesses.get(ports[0], "/actuator/health");
        assertThat(health).startsWith("200 ").contains("\"status\":\"UP\"").contains("\"db\"").contains("\"imap\"")
                .contains("\"directory\"").contains("\"mail\"");
        String metrics = ServeProcesses.get(ports[1], "/actuator/prometheus");
        assertThat(metrics).startsWith("200 ").contains("mailbox_compliance_reminders_sent_total 3.0")
                .containsPattern("mailbox_compliance_last_success_seconds\\{job=\"notifyJob\"} [1-9]")
                .contains("mailbox_compliance_findings{code=\"PASSWORD_EXPIRING\"}")
                .contains("mailbox_compliance_mailboxes{job=\"monthlyComplianceJob\",status=\"failed\"}")
                .contains("mailbox_compliance_scan_rate_mailboxes_per_second");

        for (Process serve : serves) {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        }
        String status = jar.run("status", 0, "--compliance.notify.enabled=true");
        assertThat(status).containsPattern("notifyJob: last \\d run\\(s\\)")
                .containsPattern("#\\d+\\s+run\\.at=\\S+\\s+COMPLETED")
                .containsPattern("notify\\s+\\d{4}-\\d{2}-\\d{2} 16:45 Asia/Ho_Chi_Minh");
        assertThat(Files.readString(outputs[0], StandardCharsets.UTF_8)
                + Files.readString(outputs[1], StandardCharsets.UTF_8)).contains("Serving:");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
