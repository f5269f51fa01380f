package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.cli.InProcessCommand.embeddedDatabase;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    @TempDir
    Path workDir;

    private final InProcessCommand cli = new InProcessCommand();

    @Test
    void helpListsEveryCommandAndExitsZero() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.output())
                .contains("demo", "monthly", "daily", "audit", "sync", "serve", "worker", "notify", "status");
    }

    @Test
    void helpOfACommandDescribesItsOptions() {
        assertThat(cli.run("monthly", "--help")).isZero();
        assertThat(cli.output()).contains("--period YYYY-MM");
    }

    @Test
    void notifyAndStatusHaveTheirHelp() {
        assertThat(cli.run("notify", "--help")).isZero();
        assertThat(cli.run("status", "--help")).isZero();
        assertThat(cli.output()).contains("--dry-run").contains("compliance.notify.repeat-after")
                .contains("Reads only the product's database");
    }

    @Test
    void notifyWithoutAnSmtpServerIsAConfigurationErrorNamingTheSetting() {
        assertThat(cli.run("notify", embeddedDatabase(workDir))).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("spring.mail.host").contains("--dry-run");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(cli.run("montly")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("Unknown command 'montly'").contains("monthly");
    }

    @Test
    void malformedPeriodIsAUsageErrorNamingTheOption() {
        assertThat(cli.run("monthly", "--period", "2026-13")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("--period '2026-13'").contains("YYYY-MM");
    }

    @Test
    void malformedDateIsAUsageErrorNamingTheOption() {
        assertThat(cli.run("daily", "--date=31/10/2026")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("--date '31/10/2026'").contains("YYYY-MM-DD");
    }

    @Test
    void auditWithoutItsRangeIsAUsageError() {
        assertThat(cli.run("audit", "--from", "2026-10-01")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("--to is required");
    }

    @Test
    void auditRangeBackwardsIsAUsageError() {
        assertThat(cli.run("audit", "--from", "2026-10-31", "--to", "2026-10-01")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("before --from");
    }

    @Test
    void optionOfAnotherCommandIsAUsageError() {
        assertThat(cli.run("monthly", "--date", "2026-10-01")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("Unknown option '--date' for command 'monthly'");
    }

    @Test
    void commandOtherThanDemoWithoutAMailServerPointsToTheDemoAndWritesNothing() {
        assertThat(cli.run("monthly", "--period", "2026-10", embeddedDatabase(workDir))).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("compliance.imap.host").contains("'demo'");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void helpOfTheWorkerNamesTheSettingThatEnablesIt() {
        assertThat(cli.run("worker", "--help")).isZero();
        assertThat(cli.output()).contains("compliance.scan.remote.enabled=true", "RabbitMQ");
    }

    @Test
    void workerWithoutRemoteScanEnabledIsAUsageErrorNamingTheSettingAndWritesNothing() {
        assertThat(cli.run("worker", "--compliance.imap.host=127.0.0.1", embeddedDatabase(workDir)))
                .isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("compliance.scan.remote.enabled=true");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void workerWithoutAMailServerIsAUsageErrorLikeEveryOtherCommand() {
        assertThat(cli.run("worker", "--compliance.scan.remote.enabled=true", embeddedDatabase(workDir)))
                .isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("compliance.imap.host");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void remoteScanWithAnUnreachableBrokerNamesHostAndPortAndWritesNothing() throws Exception {
        int closed = ClosedPort.find();
        try (ServerSocket imap = new ServerSocket(0)) {
            assertThat(cli.run("worker", "--compliance.scan.remote.enabled=true", "--spring.rabbitmq.host=127.0.0.1",
                    "--spring.rabbitmq.port=" + closed, "--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imap.getLocalPort(), embeddedDatabase(workDir)))
                    .isEqualTo(CommandLine.USAGE);
        }
        assertThat(cli.errors())
                .contains("RabbitMQ", "spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=" + closed);
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void settingOfTheWrongTypeNamesTheKeyAndWritesNothing() {
        assertThat(cli.run("monthly", "--compliance.imap.host=127.0.0.1", "--compliance.report.show-subjects=perhaps",
                embeddedDatabase(workDir))).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("compliance.report.show-subjects").contains("perhaps");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void unreachableDatabaseNamesHostAndPortButNeverThePassword() throws Exception {
        int closedPort = ClosedPort.find();
        assertThat(cli.run("sync", "--compliance.imap.host=127.0.0.1",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + closedPort + "/compliance",
                "--spring.datasource.password=s3cret-Passw0rd")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("spring.datasource.url").contains("127.0.0.1:" + closedPort)
                .doesNotContain("s3cret-Passw0rd");
        assertThat(cli.output()).doesNotContain("s3cret-Passw0rd");
    }

    @Test
    void unreachableImapServerNamesHostAndPort() throws Exception {
        int closedPort = ClosedPort.find();
        assertThat(cli.run("monthly", "--compliance.imap.host=127.0.0.1", "--compliance.imap.port=" + closedPort,
                "--compliance.imap.master-password=hunter2-secret", embeddedDatabase(workDir)))
                .isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("compliance.imap.host=127.0.0.1")
                .contains("compliance.imap.port=" + closedPort).doesNotContain("hunter2-secret");
        assertThat(Files.exists(workDir.resolve("db"))).isFalse();
    }

    @Test
    void directoryDatabaseWithoutIRedMailTablesStopsWithUsageStatusNamingTheTable() throws Exception {
        try (ServerSocket imapPort = new ServerSocket(0)) {
            assertThat(cli.run("sync", "--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imapPort.getLocalPort(),
                    "--compliance.directory.kind=iredmail",
                    "--compliance.directory.url=jdbc:h2:mem:empty-vmail;MODE=MySQL",
                    embeddedDatabase(workDir))).isEqualTo(CommandLine.USAGE);
        }
        assertThat(cli.errors()).containsIgnoringCase("table \"mailbox\"").contains("compliance.directory.url");
    }

    @Test
    void invalidCronScheduleNamesTheSettingAndWritesNothing() {
        assertThat(cli.run("serve", "--compliance.imap.host=127.0.0.1", "--compliance.schedule.daily=every day",
                embeddedDatabase(workDir))).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("compliance.schedule.daily").contains("every day").contains("cron");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    /**
     * {@code monthly} as far as the settings check: a listening "IMAP" port, a database and a report folder of the
     * test's own; a setting given here replaces the harness's.
     */
    private int runMonthlyWith(String... settings) throws Exception {
        try (ServerSocket imap = new ServerSocket(0)) {
            Map<String, String> args = new LinkedHashMap<>();
            for (String setting : List.of("--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imap.getLocalPort(), embeddedDatabase(workDir),
                    "--compliance.report.dir=" + workDir.resolve("reports"))) {
                args.put(setting.substring(0, setting.indexOf('=')), setting);
            }
            for (String setting : settings) {
                args.put(setting.substring(0, setting.indexOf('=')), setting);
            }
            List<String> line = new ArrayList<>(List.of("monthly"));
            line.addAll(args.values());
            return cli.run(line.toArray(String[]::new));
        }
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "compliance.imap.batch-size       | 0      | 1 or more messages per FETCH",
            "compliance.imap.threads          | 0      | from 1 to 64",
            "compliance.imap.threads          | -1     | from 1 to 64",
            "compliance.imap.threads          | 65     | from 1 to 64",
            "compliance.imap.retry.attempts   | 0      | 1 or more tries",
            "compliance.imap.port             | 70000  | TCP port from 1 to 65535",
            "compliance.imap.retry.back-off   | -1s    | must not be negative",
            "compliance.imap.read-timeout     | 0s     | longer than zero",
            "compliance.imap.max-failed-share | 1.5    | share from 0 to 1",
            "compliance.imap.max-failed-share | -0.1   | share from 0 to 1",
            "compliance.password.max-age      | P-1D   | longer than zero",
            "compliance.password.warn-before  | P-1D   | must not be negative",
            "compliance.personal-use.lookback | -P1D   | longer than zero",
            "compliance.scan.remote.grid-size | 0      | 1 or more partitions",
            "compliance.backlog.sla-working-days | -1  | 0 or more working days",
            "compliance.report.locale         | fr     | vi or en",
    })
    void aSettingThatWouldLoopFailOrWriteAWrongReportIsRefusedNamingTheKeyItsValueAndTheFix(
            String key, String value, String fix) throws Exception {
        assertThat(runMonthlyWith("--" + key + "=" + value, "--compliance.imap.master-password=x"))
                .isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("Setting '" + key + "' = '" + value + "'").contains(fix)
                .contains("Fix it in jobs/compliance.yml").doesNotContain("..").hasLineCount(2);
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void emptyOfficialDomainsAreRefusedNamingTheKey() throws Exception {
        assertThat(runMonthlyWith("--compliance.organization.domains=", "--compliance.imap.master-password=x"))
                .isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors())
                .contains("Setting 'compliance.organization.domains'").contains("official mail domains");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void aWarningAsLongAsTheMaximumAgeIsRefusedNamingBothKeys() throws Exception {
        assertThat(runMonthlyWith("--compliance.password.warn-before=P100D", "--compliance.imap.master-password=x"))
                .isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("compliance.password.warn-before must be shorter than "
                + "compliance.password.max-age");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void deliveryEnabledWithoutRecipientsIsRefusedNamingTheKeys() throws Exception {
        assertThat(runMonthlyWith("--compliance.delivery.enabled=true", "--compliance.imap.master-password=x"))
                .isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("compliance.delivery.from", "compliance.delivery.to");
    }

    @Test
    void aConnectionPoolSmallerThanTheThreadsNeedIsRefusedNamingBothKeys() throws Exception {
        assertThat(runMonthlyWith("--compliance.imap.threads=32", "--spring.datasource.hikari.maximum-pool-size=10",
                "--compliance.imap.master-password=x")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("spring.datasource.hikari.maximum-pool-size", "compliance.imap.threads=32",
                "at least 100");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void aReportFolderThatCannotBeWrittenIsFoundBeforeAnythingStarts() throws Exception {
        Path file = Files.writeString(workDir.resolve("not-a-folder"), "x");
        assertThat(runMonthlyWith("--compliance.imap.master-password=x",
                "--compliance.report.dir=" + file.resolve("reports"))).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("Setting 'compliance.report.dir'").contains(file + " is a file");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void aScanWithoutTheAuditorsPasswordIsRefusedPointingToTheEnvironment() throws Exception {
        assertThat(runMonthlyWith()).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("'compliance.imap.master-password' is not set")
                .contains("COMPLIANCE_IMAP_MASTER_PASSWORD");
        assertThat(workDir.resolve("db")).doesNotExist();
    }

    @Test
    void theBuiltInDemoDatabaseIsRefusedForARealCommand() throws Exception {
        try (ServerSocket imap = new ServerSocket(0)) {
            assertThat(cli.run("sync", "--compliance.imap.host=127.0.0.1",
                    "--compliance.imap.port=" + imap.getLocalPort()))
                    .isEqualTo(CommandLine.USAGE);
        }
        assertThat(cli.errors()).contains("Setting 'spring.datasource.url' is the built-in demo database")
                .contains("'demo'").hasLineCount(1);
    }

    @Test
    void aPasswordOnTheCommandLineIsWarnedAboutWithoutShowingItAndPointsToTheEnvironment() throws Exception {
        runMonthlyWith("--compliance.imap.master-password=hunter2-secret", "--compliance.imap.batch-size=0");
        assertThat(cli.errors()).contains("Warning: compliance.imap.master-password is given on the command line")
                .contains("COMPLIANCE_IMAP_MASTER_PASSWORD").contains("secrets")
                .doesNotContain("hunter2-secret");
    }

    @Test
    void aWrongReportLanguageIsRefusedBeforeTheDemoStarts() {
        assertThat(cli.run("demo", "--compliance.report.locale=fr")).isEqualTo(CommandLine.USAGE);
        assertThat(cli.errors()).contains("Setting 'compliance.report.locale' = 'fr'").contains("vi or en")
                .doesNotContain("..");
        assertThat(cli.output()).doesNotContain("Demo environment");
    }

    @Test
    void theOverviewGivesEachCommandAWholeSentence() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.output().lines().filter(line -> line.startsWith("  ")))
                .hasSize(Command.values().length).allSatisfy(line -> assertThat(line).endsWith("."));
    }

    @Test
    void helpAsACommandWordShowsTheOverviewOrTheCommandsHelp() {
        assertThat(cli.run("help")).isZero();
        assertThat(cli.output()).contains("Commands:", "monthly", "worker");
        cli.reset();
        assertThat(cli.run("help", "audit")).isZero();
        assertThat(cli.output()).contains("--from YYYY-MM-DD");
    }

    @Test
    void versionIsPrinted() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.output()).startsWith("mailbox-compliance ");
    }
}
