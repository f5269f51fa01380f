package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path workDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String embeddedDatabaseSetting() {
        return "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("db/product") + ";MODE=MySQL";
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("demo", "monthly", "daily", "audit", "sync", "serve", "worker", "notify", "status");
    }

    @Test
    void helpOfACommandDescribesItsOptions() {
        assertThat(run("monthly", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--period YYYY-MM");
    }

    @Test
    void notifyAndStatusHaveTheirHelp() {
        assertThat(run("notify", "--help")).isZero();
        assertThat(run("status", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--dry-run").contains("compliance.notify.repeat-after")
                .contains("Reads only the product's database");
    }

    @Test
    void notifyWithoutAnSmtpServerIsAConfigurationErrorNamingTheSetting() {
        assertThat(run("notify", embeddedDatabaseSetting())).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("spring.mail.host").contains("--dry-run");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("montly")).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("Unknown command 'montly'").contains("monthly");
    }

    @Test
    void malformedPeriodIsAUsageErrorNamingTheOption() {
        assertThat(run("monthly", "--period", "2026-13")).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("--period '2026-13'").contains("YYYY-MM");
    }

    @Test
    void malformedDateIsAUsageErrorNamingTheOption() {
        assertThat(run("daily", "--date=31/10/2026")).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("--date '31/10/2026'").contains("YYYY-MM-DD");
    }

    @Test
    void auditWithoutItsRangeIsAUsageError() {
        assertThat(run("audit", "--from", "2026-10-01")).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("--to is required");
    }

    @Test
    void auditRangeBackwardsIsAUsageError() {
        assertThat(run("audit", "--from", "2026-10-31", "--to", "2026-10-01")).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("before --from");
    }

    @Test
    void optionOfAnotherCommandIsAUsageError() {
        assertThat(run("monthly", "--date", "2026-10-01")).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("Unknown option '--date' for command 'monthly'");
    }

    @Test
    void commandOtherThanDemoWithoutAMailServerPointsToTheDemoAndWritesNothing() {
        assertThat(run("monthly", "--period", "2026-10", embeddedDatabaseSetting())).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("compliance.imap.host").contains("'demo'");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void helpOfTheWorkerNamesTheSettingThatEnablesIt() {
        assertThat(run("worker", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("compliance.scan.remote.enabled=true", "RabbitMQ");
    }

    @Test
    void workerWithoutRemoteScanEnabledIsAUsageErrorNamingTheSettingAndWritesNothing() {
        assertThat(run("worker", "--compliance.imap.host=127.0.0.1", embeddedDatabaseSetting()))
                .isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("compliance.scan.remote.enabled=true");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void workerWithoutAMailServerIsAUsageErrorLikeEveryOtherCommand() {
        assertThat(run("worker", "--compliance.scan.remote.enabled=true", embeddedDatabaseSetting()))
                .isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("compliance.imap.host");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void remoteScanWithAnUnreachableBrokerNamesHostAndPortAndWritesNothing() throws Exception {
        int closed = ClosedPort.find();
        try (ServerSocket imap = new ServerSocket(0)) {
            assertThat(run("worker", "--compliance.scan.remote.enabled=true", "--spring.rabbitmq.host=127.0.0.1",
                    "--spring.rabbitmq.port=" + closed, "--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imap.getLocalPort(), embeddedDatabaseSetting()))
                    .isEqualTo(CommandLine.USAGE);
        }
        assertThat(errors()).contains("RabbitMQ", "spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=" + closed);
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void settingOfTheWrongTypeNamesTheKeyAndWritesNothing() {
        assertThat(run("monthly", "--compliance.imap.host=127.0.0.1", "--compliance.report.show-subjects=perhaps",
                embeddedDatabaseSetting())).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("compliance.report.show-subjects").contains("perhaps");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void unreachableDatabaseNamesHostAndPortButNeverThePassword() throws Exception {
        int closedPort = ClosedPort.find();
        assertThat(run("sync", "--compliance.imap.host=127.0.0.1",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + closedPort + "/compliance",
                "--spring.datasource.password=s3cret-Passw0rd")).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("spring.datasource.url").contains("127.0.0.1:" + closedPort)
                .doesNotContain("s3cret-Passw0rd");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("s3cret-Passw0rd");
    }

    @Test
    void unreachableImapServerNamesHostAndPort() throws Exception {
        int closedPort = ClosedPort.find();
        assertThat(run("monthly", "--compliance.imap.host=127.0.0.1", "--compliance.imap.port=" + closedPort,
                "--compliance.imap.master-password=hunter2-secret", embeddedDatabaseSetting()))
                .isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("compliance.imap.host=127.0.0.1")
                .contains("compliance.imap.port=" + closedPort).doesNotContain("hunter2-secret");
        assertThat(Files.exists(workDir.resolve("db"))).isFalse();
    }

    @Test
    void directoryDatabaseWithoutIRedMailTablesStopsWithUsageStatusNamingTheTable() throws Exception {
        try (ServerSocket imapPort = new ServerSocket(0)) {
            assertThat(run("sync", "--compliance.imap.host=127.0.0.1", "--compliance.imap.port=" + imapPort.getLocalPort(),
                    "--compliance.directory.kind=iredmail",
                    "--compliance.directory.url=jdbc:h2:mem:empty-vmail;MODE=MySQL",
                    embeddedDatabaseSetting())).isEqualTo(CommandLine.USAGE);
        }
        assertThat(errors()).containsIgnoringCase("table \"mailbox\"").contains("compliance.directory.url");
    }

    @Test
    void invalidCronScheduleNamesTheSettingAndWritesNothing() {
        assertThat(run("serve", "--compliance.imap.host=127.0.0.1", "--compliance.schedule.daily=every day",
                embeddedDatabaseSetting())).isEqualTo(CommandLine.USAGE);
        assertThat(errors()).contains("compliance.schedule.daily").contains("every day").contains("cron");
        assertThat(workDir.resolve("db")).doesNotExist();
    }
}
