package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
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
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
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

/**
 * Without {@code compliance.scan.remote.enabled} the monthly job scans on this machine's threads and never connects to
 * the broker, even with RabbitMQ's client on the class path: the broker port here is a socket counting connections.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, LocalScanIT.Ministry.class})
@DirtiesContext
class LocalScanIT {

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("localscan");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    static final String OFFICE = "vanphong@most.gov.vn";
    static final AtomicInteger brokerConnections = new AtomicInteger();
    static ServerSocket broker;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        database.registerSpringProperties(registry);
        broker = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            while (!broker.isClosed()) {
                try (Socket ignored = broker.accept()) {
                    brokerConnections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "fake-broker");
        acceptor.setDaemon(true);
        acceptor.start();
        String reports = Files.createTempDirectory("local-scan-reports").toString();
        registry.add("compliance.report.dir", () -> reports);
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", broker::getLocalPort);
        dovecot.registerSpringProperties(registry);
        dovecot.addUser(OFFICE);
        dovecot.deliver(OFFICE, "INBOX", "From: a@example.com\nSubject: m\n\nbody\n",
                Instant.parse("2026-05-20T03:00:00Z"), true);
    }

    @AfterAll
    static void closeBroker() throws IOException {
        broker.close();
    }

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("monthlyComplianceJob")
    Job monthlyComplianceJob;

    @Autowired
    ApplicationContext context;

    @Test
    void theScanRunsOnThisMachineAndNothingConnectsToTheBroker() throws Exception {
        JobExecution execution = jobOperator.start(monthlyComplianceJob,
                new JobParametersBuilder().addString("period", "2026-06").toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
                .contains("scanMailboxesStep", "scanMailboxWorkerStep:mailboxes0");
        assertThat(context.getBeansOfType(ScanWorker.class)).isEmpty();
        assertThat(brokerConnections).hasValue(0);
    }

    @TestConfiguration
    static class Ministry {

        @Bean
        @Primary
        DirectorySource ministry() {
            LocalDateTime created = LocalDateTime.of(2025, 1, 6, 8, 0);
            Account office = new Account(OFFICE, "Văn phòng Bộ", "VP", MailboxKind.UNIT, null, true, created, created,
                    null, null, "test");
            return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ")), List.of(office), Map.of(),
                    Map.of(), List.of());
        }
    }
}
