package vn.mailcompliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.testsupport.DovecotServer;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/** The {@code daily} command: its table, a day already recorded, a non-working day, and {@code --replace}. */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DailyCommandIT {

    private static final String OFFICE = "vanphong@most.gov.vn";
    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 6);

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        database.registerSpringProperties(registry);
        dovecot.registerSpringProperties(registry);
        registry.add("compliance.calendar.holidays", () -> "2026-10-08");
        if (!dovecot.users().contains(OFFICE)) {
            dovecot.addUser(OFFICE);
            dovecot.deliver(OFFICE, "INBOX", "Subject: Giấy mời\r\n\r\nx\r\n",
                    LocalDateTime.of(2026, 10, 2, 9, 15).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), false);
        }
    }

    @Autowired
    JobRunner runner;
    @Autowired
    SnapshotRepository snapshots;

    @Test
    @Order(1)
    void aWorkingDayIsCheckedAndPrintedAsATable() {
        Result result = run("daily", "--date", TUESDAY.toString());

        assertThat(result.status()).isEqualTo(CommandLine.DONE);
        assertThat(result.out()).contains("Unit mailboxes on 2026-10-06 (1):")
                .containsPattern("vanphong@most\\.gov\\.vn\\s+1\\s+2026-10-02 09:15\\s+1");
        assertThat(snapshots.onDay(TUESDAY)).hasSize(1);
    }

    @Test
    @Order(2)
    void aDayAlreadyRecordedIsNotCheckedAgainWithoutReplace() {
        long before = snapshots.onDay(TUESDAY).get(0).jobExecutionId();

        Result result = run("daily", "--date", TUESDAY.toString());

        assertThat(result.status()).isEqualTo(CommandLine.DONE);
        assertThat(result.out()).contains("already checked for 2026-10-06").contains("--replace");
        assertThat(snapshots.onDay(TUESDAY).get(0).jobExecutionId()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void replaceChecksTheDayAgain() {
        long before = snapshots.onDay(TUESDAY).get(0).jobExecutionId();

        Result result = run("daily", "--date", TUESDAY.toString(), "--replace");

        assertThat(result.status()).isEqualTo(CommandLine.DONE);
        assertThat(snapshots.onDay(TUESDAY).get(0).jobExecutionId()).isGreaterThan(before);
    }

    @Test
    @Order(4)
    void weekendsAndHolidaysAreNotChecked() {
        Result saturday = run("daily", "--date", "2026-10-10");
        Result holiday = run("daily", "--date", "2026-10-08");

        assertThat(saturday.status()).isEqualTo(CommandLine.DONE);
        assertThat(saturday.out()).contains("2026-10-10 is not a working day");
        assertThat(holiday.out()).contains("2026-10-08 is not a working day");
        assertThat(snapshots.onDay(LocalDate.of(2026, 10, 10))).isEmpty();
        assertThat(snapshots.onDay(LocalDate.of(2026, 10, 8))).isEmpty();
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = runner.run(Invocation.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String out) {
    }

    @TestConfiguration
    static class Directory {

        @Bean
        @Primary
        DirectorySource testDirectory() {
            LocalDateTime created = LocalDateTime.of(2025, 1, 2, 8, 0);
            Account office = new Account(OFFICE, "Văn phòng", "VP", MailboxKind.UNIT, null, true, created,
                    created.plusDays(1), null, null, "iredmail");
            return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ")), List.of(office), Map.of(),
                    Map.of(), List.of());
        }
    }
}
