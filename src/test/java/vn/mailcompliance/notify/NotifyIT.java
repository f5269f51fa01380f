package vn.mailcompliance.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.micrometer.core.instrument.MeterRegistry;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.backlog.UnitMailboxSnapshot;
import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * Reminders from a directory and daily checks stored in MariaDB, mailed through GreenMail's SMTP server: an expiring
 * password, a never-changed one and a unit mailbox with overdue unread mail (to the roster's unit leader; the other
 * unit's leader comes from compliance.notify.unit-leaders), in Vietnamese.
 */
@SpringBootTest(classes = MailboxComplianceApplication.class)
class NotifyIT {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock NOW = Clock.fixed(TODAY.atTime(17, 0).atZone(HANOI).toInstant(), HANOI);

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        database.registerSpringProperties(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("compliance.notify.from", () -> "ttcntt@most.gov.vn");
        registry.add("compliance.notify.signature", () -> "Trung tâm Công nghệ thông tin");
        registry.add("compliance.notify.password-change-url", () -> "https://mail.most.gov.vn/doi-mat-khau");
        registry.add("compliance.notify.rate", () -> "6000");
        registry.add("compliance.notify.opt-out", () -> "khong.nhan@most.gov.vn");
        registry.add("compliance.notify.unit-leaders.KHCN", () -> "sai dia chi@@most.gov.vn");
        registry.add("compliance.password.max-age", () -> "P90D");
        registry.add("compliance.password.warn-before", () -> "P14D");
    }

    @Autowired
    Notifier notifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SnapshotRepository snapshots;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void directoryAndDailyCheck() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("DELETE FROM reminder").update();
        jdbc.sql("DELETE FROM account").update();
        jdbc.sql("DELETE FROM unit").update();
        jdbc.sql("DELETE FROM unit_mailbox_snapshot").update();
        unit("VP", "Văn phòng Bộ");
        jdbc.sql("UPDATE unit SET leader_email = 'truong.vp@most.gov.vn' WHERE code = 'VP'").update();
        unit("KHCN", "Vụ Khoa học và Công nghệ");
        // expires on 2026-12-01: 7 days left
        account("an.nguyen@most.gov.vn", "Nguyễn Văn An", "VP", "PERSONAL", TODAY.minusDays(200), TODAY.minusDays(83));
        // changed 10 days ago: nothing due
        account("binh.tran@most.gov.vn", "Trần Thị Bình", "VP", "PERSONAL", TODAY.minusDays(300), TODAY.minusDays(10));
        // initial password, account 40 days old
        account("cuong.le@most.gov.vn", "Lê Văn Cường", "KHCN", "PERSONAL", TODAY.minusDays(40), null);
        // opted out: expiring too, but never reminded
        account("khong.nhan@most.gov.vn", "Không Nhận", "VP", "PERSONAL", TODAY.minusDays(200), TODAY.minusDays(80));
        account("vanphong@most.gov.vn", "Văn phòng", "VP", "UNIT", TODAY.minusDays(400), TODAY.minusDays(5));
        account("khcn@most.gov.vn", "Vụ KHCN", "KHCN", "UNIT", TODAY.minusDays(400), TODAY.minusDays(5));
        snapshots.save(List.of(
                new UnitMailboxSnapshot(TODAY, "vanphong@most.gov.vn", TODAY.atTime(16, 30), 5,
                        TODAY.minusDays(6).atTime(9, 15), 3, 1),
                new UnitMailboxSnapshot(TODAY, "khcn@most.gov.vn", TODAY.atTime(16, 30), 2,
                        TODAY.minusDays(4).atTime(8, 0), 2, 1)), false);
    }

    @Test
    void passwordOwnersAndTheUnitLeaderReceiveTheirRemindersInVietnamese() throws Exception {
        NotifyOutcome outcome = notifier.run(NOW, false, quiet(), () -> false);

        assertThat(outcome.sent()).isEqualTo(3);
        assertThat(outcome.optedOut()).isEqualTo(1);
        MimeMessage expiring = receivedBy("an.nguyen@most.gov.vn");
        assertThat(expiring.getSubject()).contains("an.nguyen@most.gov.vn").contains("sẽ hết hạn ngày 01/12/2026");
        assertThat(expiring.getFrom()[0].toString()).isEqualTo("ttcntt@most.gov.vn");
        assertThat(part(expiring, "text/plain")).contains("Kính gửi Nguyễn Văn An").contains("còn 7 ngày")
                .contains("tại https://mail.most.gov.vn/doi-mat-khau").contains("Trung tâm Công nghệ thông tin");
        assertThat(part(expiring, "text/html")).contains("<a href=\"https://mail.most.gov.vn/doi-mat-khau\">")
                .contains("<b>hết hạn ngày").contains("01/12/2026</b>");
        MimeMessage neverChanged = receivedBy("cuong.le@most.gov.vn");
        assertThat(neverChanged.getSubject()).contains("chưa đổi mật khẩu ban đầu");
        MimeMessage backlog = receivedBy("truong.vp@most.gov.vn");
        assertThat(backlog.getSubject()).contains("vanphong@most.gov.vn").contains("3 thư chưa đọc quá hạn");
        assertThat(part(backlog, "text/plain")).contains("Kính gửi Lãnh đạo Văn phòng Bộ")
                .contains("có 5 thư chưa đọc, trong đó 3 thư đã quá 1 ngày làm việc")
                .contains("Thư chưa đọc cũ nhất đến lúc 18/11/2026 09:15 (6 ngày trước)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder WHERE status = 'SENT'").query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void aRefusedRecipientIsRecordedAndTheOthersStillGetTheirs() throws Exception {
        NotifyOutcome outcome = notifier.run(NOW, false, quiet(), () -> false);

        assertThat(outcome.refused()).singleElement().asString().startsWith("sai dia chi@@most.gov.vn");
        assertThat(jdbc.sql("SELECT about FROM reminder WHERE status = 'REFUSED'").query(String.class).list())
                .containsExactly("khcn@most.gov.vn");
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void noReminderIsSentTwiceWithinRepeatAfterButAgainAfterIt() throws Exception {
        notifier.run(NOW, false, quiet(), () -> false);
        NotifyOutcome sameDay = notifier.run(NOW, false, quiet(), () -> false);
        Clock sixDaysLater = Clock.offset(NOW, java.time.Duration.ofDays(6));
        notifier.run(sixDaysLater, false, quiet(), () -> false);

        assertThat(sameDay.sent()).isZero();
        assertThat(sameDay.repeated()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        Clock eightDaysLater = Clock.offset(NOW, java.time.Duration.ofDays(8));
        NotifyOutcome later = notifier.run(eightDaysLater, false, quiet(), () -> false);
        assertThat(later.sent()).isPositive();
    }

    @Test
    void outsideServeNoActuatorHealthOrMetricsStart() {
        assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
        assertThat(context.containsBean("healthContributorRegistry")).isFalse();
    }

    @Test
    void aDryRunListsTheRemindersAndSendsOrRecordsNothing() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        NotifyOutcome outcome = notifier.run(NOW, true, new PrintStream(printed, true, StandardCharsets.UTF_8),
                () -> false);

        assertThat(outcome.sent()).isEqualTo(4);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("an.nguyen@most.gov.vn")
                .contains("truong.vp@most.gov.vn").contains("sẽ hết hạn ngày 01/12/2026");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder").query(Integer.class).single()).isZero();
    }

    @Test
    void aStopRequestEndsTheRunBetweenTwoMails() throws Exception {
        NotifyOutcome outcome = notifier.run(NOW, false, quiet(), () -> smtp.getReceivedMessages().length >= 1);

        assertThat(outcome.sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private MimeMessage receivedBy(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                if (recipient.toString().equals(address)) {
                    return message;
                }
            }
        }
        throw new AssertionError("No mail to " + address + " among " + Arrays.toString(smtp.getReceivedMessages()));
    }

    private void unit(String code, String name) {
        jdbc.sql("INSERT INTO unit (code, name, synced_at) VALUES (:code, :name, :now)")
                .params(Map.of("code", code, "name", name, "now", LocalDateTime.now())).update();
    }

    private void account(String address, String name, String unit, String kind, LocalDate created,
                         LocalDate changed) {
        jdbc.sql("""
                        INSERT INTO account (address, display_name, unit_code, kind, active, created_at,
                                             password_changed_at, source, synced_at)
                        VALUES (:address, :name, :unit, :kind, TRUE, :created, :changed, 'iredmail', :now)
                        """)
                .param("address", address).param("name", name).param("unit", unit).param("kind", kind)
                .param("created", created.atTime(8, 0))
                .param("changed", changed == null ? null : changed.atTime(18, 0))
                .param("now", LocalDateTime.now()).update();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
