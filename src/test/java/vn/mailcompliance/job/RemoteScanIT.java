package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * The monthly job with remote partitioning on MariaDB, Dovecot and the RabbitMQ broker on localhost:5672: this
 * context is the manager, a second application context in the same JVM is the worker, and the scan partitions travel
 * between them only through the broker and the shared product database.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, RemoteScanIT.Ministry.class})
@DirtiesContext
class RemoteScanIT {

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("remotescan");

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    static final List<String> MAILBOXES = List.of("vanphong@most.gov.vn", "an@most.gov.vn", "binh@most.gov.vn",
            "cuong@most.gov.vn", "dung@most.gov.vn");
    static final int PARTITIONS = 3;
    static final String QUEUE = "mailbox-compliance.scan-requests.test-" + UUID.randomUUID();

    static ConfigurableApplicationContext worker;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        settings().forEach((key, value) -> registry.add(key, () -> value));
        Instant arrival = Instant.parse("2026-05-20T03:00:00Z");
        for (String address : MAILBOXES) {
            dovecot.addUser(address);
            for (int i = 0; i < 3; i++) {
                dovecot.deliver(address, "INBOX", "From: a@example.com\nSubject: m" + i + "\n\nbody\n",
                        arrival.plus(Duration.ofDays(i)), i == 0);
            }
        }
    }

    /** The same settings for the manager and the worker, as an operator would give both machines. */
    private static Map<String, Object> settings() throws IOException {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", database.jdbcUrl());
        settings.put("spring.datasource.username", database.username());
        settings.put("spring.datasource.password", database.password());
        settings.put("spring.datasource.driver-class-name", MariaDbDatabase.DRIVER);
        settings.put("spring.rabbitmq.host", "127.0.0.1");
        settings.put("spring.rabbitmq.port", 5672);
        settings.put("compliance.report.dir", Files.createTempDirectory("remote-scan-reports").toString());
        settings.put("compliance.imap.host", dovecot.host());
        settings.put("compliance.imap.port", dovecot.port());
        settings.put("compliance.imap.security", "none");
        settings.put("compliance.imap.master-user", dovecot.masterUser());
        settings.put("compliance.imap.master-password", dovecot.masterPassword());
        settings.put("compliance.imap.threads", 2);
        settings.put("compliance.scan.remote.enabled", true);
        settings.put("compliance.scan.remote.requests", QUEUE);
        settings.put("compliance.scan.remote.grid-size", PARTITIONS);
        settings.put("compliance.scan.remote.poll-interval", "200ms");
        settings.put("compliance.scan.remote.timeout", "2m");
        return settings;
    }

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("monthlyComplianceJob")
    Job monthlyComplianceJob;

    @Autowired
    CoverageRepository coverage;

    @Autowired
    ScanWorker localWorker;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopWorkerAndDeleteQueue() {
        if (worker != null) {
            worker.getBean(ScanWorker.class).stop();
            worker.getBean(AmqpAdmin.class).deleteQueue(QUEUE);
            worker.close();
        }
    }

    @Test
    void theScanPartitionsAreSentThroughTheBrokerAndRunByTheWorker() throws Exception {
        worker = new SpringApplicationBuilder(MailboxComplianceApplication.class, Ministry.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("testConfigurationsOfOtherTests", new OwnConfigurationOnly()))
                .run(settings().entrySet().stream().map(s -> "--" + s.getKey() + "=" + s.getValue())
                        .toArray(String[]::new));
        ScanWorker remoteWorker = worker.getBean(ScanWorker.class);
        remoteWorker.start();

        JobExecution execution = jobOperator.start(monthlyComplianceJob,
                new JobParametersBuilder().addString("period", "2026-06").toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(coverage.forJobExecution(execution.getId()))
                .extracting(ScanOutcome::address, ScanOutcome::status)
                .containsExactlyInAnyOrderElementsOf(MAILBOXES.stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(a, ScanOutcome.Status.SCANNED)).toList());
        List<Map<String, Object>> partitions = jdbc.sql("""
                        SELECT STATUS, READ_COUNT FROM BATCH_STEP_EXECUTION
                        WHERE JOB_EXECUTION_ID = ? AND STEP_NAME LIKE 'scanMailboxWorkerStep:%'""")
                .param(execution.getId()).query().listOfRows();
        assertThat(partitions).hasSize(PARTITIONS)
                .allSatisfy(p -> assertThat(p.get("STATUS")).isEqualTo("COMPLETED"));
        assertThat(partitions.stream().mapToLong(p -> ((Number) p.get("READ_COUNT")).longValue()).sum())
                .isEqualTo(MAILBOXES.size());
        assertThat(remoteWorker.handled()).isEqualTo(PARTITIONS);
        assertThat(localWorker.handled()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT address) FROM scan_watermark").query(Long.class).single())
                .isEqualTo(MAILBOXES.size());
    }

    /**
     * The worker is a plain application context, which would otherwise pick up every test's {@code @TestConfiguration}
     * on the test class path; only this test's own ministry belongs in it.
     */
    static class OwnConfigurationOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }
    }

    /** One unit mailbox and four people, all on the mail server. */
    @TestConfiguration
    static class Ministry {

        @Bean
        @Primary
        DirectorySource ministry() {
            LocalDateTime created = LocalDateTime.of(2025, 1, 6, 8, 0);
            List<Account> accounts = Stream.concat(
                    Stream.of(new Account(MAILBOXES.get(0), "Văn phòng Bộ", "VP", MailboxKind.UNIT, null, true,
                            created, created, null, null, "test")),
                    IntStream.range(1, MAILBOXES.size()).mapToObj(i -> new Account(MAILBOXES.get(i),
                            MAILBOXES.get(i), "VP", MailboxKind.PERSONAL, "E" + i, true, created, created, null, null,
                            "test"))).toList();
            return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ")), accounts, Map.of(), Map.of(),
                    List.of());
        }
    }
}
