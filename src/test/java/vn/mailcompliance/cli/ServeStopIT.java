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

import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * {@code serve} stopped with SIGTERM in the middle of the reminders (one mail every 5 seconds): it stops between two
 * mails, the run is recorded STOPPED, and the next start resumes it and sends only what was left.
 */
class ServeStopIT {

    private static final List<String> PEOPLE = List.of("an@most.gov.vn", "binh@most.gov.vn", "cuong@most.gov.vn");

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("servestop");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()}).withPerMethodLifecycle(false);

    @TempDir
    Path workDir;

    private Process serve;

    @AfterEach
    void stopServe() throws InterruptedException {
        if (serve != null) {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void serveStoppedMidJobStopsCleanlyAndTheNextStartResumesIt() throws Exception {
        ServeProcesses jar = new ServeProcesses(database, mail.getSmtp().getPort(), mail.getImap().getPort(),
                workDir);
        jar.run("status", 0);
        jar.seedExpiringPasswords(PEOPLE);

        Path first = workDir.resolve("serve-1.txt");
        serve = jar.start("serve", first, "--compliance.notify.enabled=true",
                "--compliance.schedule.notify=*/2 * * * * *", "--compliance.notify.rate=12");
        ServeProcesses.await("the first reminder", Duration.ofMinutes(3), () -> mail.getReceivedMessages().length == 1,
                serve);
        serve.destroy();
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve ends after SIGTERM").isTrue();
        String stopped = Files.readString(first, StandardCharsets.UTF_8);

        assertThat(mail.getReceivedMessages()).as(stopped).hasSize(1);
        assertThat(stopped).contains("Stopping notifyJob").contains("Stopped");
        assertThat(jar.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STOPPED'")).isEqualTo(1);
        String status = jar.run("status", 0);
        assertThat(status).containsPattern("#\\d+\\s+run\\.at=\\S+\\s+STOPPED")
                .contains("failed step: sendRemindersStep");

        Path second = workDir.resolve("serve-2.txt");
        serve = jar.start("serve", second, "--compliance.notify.enabled=true",
                "--compliance.schedule.notify=" + ServeProcesses.NEVER, "--compliance.notify.rate=600");
        ServeProcesses.await("the other reminders", Duration.ofMinutes(3),
                () -> mail.getReceivedMessages().length >= PEOPLE.size(), serve);
        Thread.sleep(2_000);

        assertThat(Files.readString(second, StandardCharsets.UTF_8)).contains("Resuming notifyJob");
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrderElementsOf(PEOPLE);
        assertThat(jar.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'notifyJob'")).isEqualTo(1);
        assertThat(jar.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'")).isEqualTo(1);
    }
}
