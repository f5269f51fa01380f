package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.mail.internet.MimeUtility;
import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectoryRead;
import vn.mailcompliance.directory.DirectorySource;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.directory.Unit;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ScanOutcome;
import vn.mailcompliance.testsupport.DovecotServer;

/**
 * Personal use end to end: real corpus mail and Vietnamese test mail delivered into Dovecot mailboxes, the monthly
 * job on MariaDB, then new mail and the next month.
 */
@SpringBootTest(classes = {MailboxComplianceApplication.class, PersonalUseMonthlyIT.Directory.class})
class PersonalUseMonthlyIT {

    @RegisterExtension
    static MonthlyJobEnvironment environment = new MonthlyJobEnvironment("personal_use");
    static final DovecotServer dovecot = environment.dovecot();

    static final Path WORK = workDirectory();
    static final Path CORPUS = corpusRoot();

    static final String NGUYEN = "nguyen.van.a@most.gov.vn";
    static final String TRAN = "tran.thi.b@most.gov.vn";
    static final String VAN_PHONG = "vanphong@most.gov.vn";
    static final String THUONG = "thuong.vu@most.gov.vn";
    static final String CORPUS_BOX = "kiem.thu@most.gov.vn";
    static final String GROUP = "nhom.vp@most.gov.vn";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        environment.registerSpringProperties(registry);
        registry.add("compliance.imap.threads", () -> "2");
        // the receiving servers recorded in the corpus stand in for our own MTAs
        registry.add("compliance.personal-use.trusted-authserv-ids",
                () -> "mx.google.com,mit.edu,mail.protonmail.ch,relay-twl-01.twlnet.com,mailb.triara.com");
        registry.add("compliance.waivers", () -> WORK.resolve("waivers.yml").toString());
    }

    @TestConfiguration
    static class Directory {

        @Bean
        @Primary
        DirectorySource testDirectory() {
            LocalDateTime changed = LocalDateTime.parse("2026-10-20T08:00:00");
            List<Account> accounts = List.of(
                    account(NGUYEN, "VP", MailboxKind.PERSONAL, changed),
                    account(VAN_PHONG, "VP", MailboxKind.UNIT, changed),
                    account(GROUP, "VP", MailboxKind.GROUP, changed),
                    account(TRAN, "KT", MailboxKind.PERSONAL, changed),
                    account(THUONG, "KT", MailboxKind.PERSONAL, changed),
                    account(CORPUS_BOX, "KT", MailboxKind.PERSONAL, changed));
            return () -> new DirectoryRead(List.of(new Unit("VP", "Văn phòng Bộ"), new Unit("KT", "Vụ Kế hoạch - Tài chính")),
                    accounts, Map.of(), Map.of(GROUP, List.of(NGUYEN)), List.of());
        }

        private static Account account(String address, String unit, MailboxKind kind, LocalDateTime changed) {
            return new Account(address, address, unit, kind, null, true, changed.minusYears(2), changed, null, null,
                    "test");
        }
    }

    @Autowired
    FindingRepository findings;
    @Autowired
    CoverageRepository coverage;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void personalUseIsFoundPerMailboxAndServiceWaivedWhereApprovedAndUpdatedWithoutDuplicatesNextMonth(
            MonthlyJob monthly) throws Exception {
        for (String address : List.of(NGUYEN, TRAN, VAN_PHONG, THUONG, CORPUS_BOX)) {
            dovecot.addUser(address);
        }
        deliverAll(NGUYEN, "INBOX", corpus("registration/x.com"), "2026-10-01T02:00:00Z");
        deliverAll(NGUYEN, "Archive.2024", corpus("registration/amazon.com"), "2026-10-10T02:00:00Z");
        deliverAll(NGUYEN, "Junk", corpus("registration/spotify.com"), "2026-10-12T02:00:00Z");
        deliverAll(VAN_PHONG, "INBOX", corpus("registration/uber.com"), "2026-10-03T02:00:00Z");
        dovecot.deliver(TRAN, "INBOX", vietnamese("no-reply@shopee.vn", "Chào mừng bạn đến với Shopee"),
                Instant.parse("2026-10-02T01:00:00Z"), true);
        dovecot.deliver(TRAN, "INBOX", vietnamese("no-reply@shopee.vn", "Shopee: Xác nhận đơn hàng #240915ABC"),
                Instant.parse("2026-10-04T01:00:00Z"), false);
        dovecot.deliver(TRAN, "Công việc", vietnamese("vcbdigibank@info.vietcombank.com.vn",
                        "Vietcombank: Biến động số dư tài khoản 0011001234567"),
                Instant.parse("2026-10-06T01:00:00Z"), true);
        deliverAll(THUONG, "INBOX", corpus("other"), "2026-10-05T02:00:00Z");
        deliverAll(CORPUS_BOX, "INBOX", corpus(""), "2026-10-20T02:00:00Z");

        JobExecution october = monthly.start("2026-10");

        assertThat(october.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Finding> oct = personalUse("2026-10");
        assertThat(oct.keySet()).filteredOn(k -> !k.startsWith(CORPUS_BOX)).containsExactlyInAnyOrder(
                NGUYEN + " X (Twitter)", NGUYEN + " Amazon",
                VAN_PHONG + " Uber",
                TRAN + " Shopee", TRAN + " Vietcombank");
        Finding x = oct.get(NGUYEN + " X (Twitter)");
        assertThat(x.unitCode()).isEqualTo("VP");
        assertThat(x.details()).isInstanceOfSatisfying(Details.PersonalUse.class, usage -> {
            assertThat(usage.service()).isEqualTo("X (Twitter)");
            assertThat(usage.category()).isEqualTo("SOCIAL_MESSAGING");
            assertThat(usage.confidence()).isEqualTo("CONFIRMED");
            assertThat(usage.messages()).isEqualTo(5);
            assertThat(usage.firstSeen()).isEqualTo(LocalDateTime.parse("2026-10-01T09:00:00"));
            assertThat(usage.samples()).hasSizeBetween(1, 3)
                    .allSatisfy(s -> assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(80));
        });
        assertThat(x.waiver()).isNull();
        assertThat(oct.get(NGUYEN + " Amazon").details().stored()).containsEntry("messages", "13");
        assertThat(oct.get(TRAN + " Shopee").details().stored()).containsEntry("category", "E_COMMERCE")
                .containsEntry("confidence", "PROBABLE").containsEntry("kinds", "REGISTRATION, ACCOUNT_ACTIVITY")
                .containsEntry("messages", "2");
        assertThat(oct.get(TRAN + " Vietcombank").details().stored()).containsEntry("category", "BANKING")
                .containsEntry("kinds", "ACCOUNT_ACTIVITY");
        assertThat(oct.get(TRAN + " Shopee").waiver()).isNull();
        assertThat(oct.get(VAN_PHONG + " Uber").waiver()).isEqualTo(new Finding.Waived("W-1",
                "Đặt xe công tác của Văn phòng", "Chánh Văn phòng", LocalDate.parse("2027-12-31")));
        assertThat(jdbc.queryForObject("SELECT waiver_id FROM finding WHERE period = '2026-10' AND address = ?",
                String.class, VAN_PHONG)).isEqualTo("W-1");
        long october_personal_use = oct.values().stream().filter(f -> f.waiver() == null).count();
        assertThat(findings.countByCode("2026-10")).containsEntry(FindingCode.PERSONAL_USE,
                (int) october_personal_use);
        assertThat(jdbc.queryForList("SELECT id FROM waiver ORDER BY id", String.class)).containsExactly("W-1", "W-2");

        // Junk is not scanned; ordinary mail yields no confirmed usage; groups are not scanned
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_use_evidence WHERE folder = 'Junk'",
                Integer.class)).isZero();
        assertThat(oct.values()).filteredOn(f -> f.address().equals(THUONG))
                .noneMatch(f -> "CONFIRMED".equals(f.details().stored().get("confidence")));
        assertThat(oct.values()).noneMatch(f -> f.address().equals(GROUP));

        // every corpus message, malformed ones included, is read without failing its mailbox
        ScanOutcome corpusScan = coverage.forJobExecution(october.getId()).stream()
                .filter(o -> o.address().equals(CORPUS_BOX)).findFirst().orElseThrow();
        assertThat(corpusScan.status()).isEqualTo(ScanOutcome.Status.SCANNED);
        assertThat(corpusScan.messages()).isEqualTo(corpus("").size());
        assertThat(corpusScan.malformed()).isPositive();
        assertThat(findings.findByPeriod("2026-10")).noneMatch(f -> f.code() == FindingCode.SCAN_FAILED);

        // November: one more X message; the mailbox is read again from scratch, as after a lost watermark
        dovecot.deliver(NGUYEN, "INBOX", Files.readAllBytes(CORPUS.resolve("registration/x.com/zk-email-sdk-js__x.eml")),
                Instant.parse("2026-11-05T03:00:00Z"), false);
        int evidenceBefore = evidenceOf(NGUYEN);
        jdbc.update("DELETE FROM scan_watermark WHERE address = ?", NGUYEN);

        assertThat(monthly.start("2026-11").getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(evidenceOf(NGUYEN)).isEqualTo(evidenceBefore + 1);
        Map<String, Finding> nov = personalUse("2026-11");
        Finding xNov = nov.get(NGUYEN + " X (Twitter)");
        assertThat(xNov.details()).isInstanceOfSatisfying(Details.PersonalUse.class, usage -> {
            assertThat(usage.messages()).isEqualTo(6);
            assertThat(usage.lastSeen()).isEqualTo(LocalDateTime.parse("2026-11-05T10:00:00"));
            assertThat(usage.firstSeen()).isEqualTo(LocalDateTime.parse("2026-10-01T09:00:00"));
        });
        assertThat(xNov.firstSeen()).isEqualTo(x.firstSeen());
        assertThat(xNov.lastSeen()).isEqualTo(LocalDateTime.parse("2026-11-05T10:00:00"));
        assertThat(nov.get(NGUYEN + " Amazon").details().stored()).containsEntry("messages", "13");
        assertThat(nov.keySet()).isEqualTo(oct.keySet());
    }

    private Map<String, Finding> personalUse(String period) {
        Map<String, Finding> byKey = new java.util.TreeMap<>();
        findings.findByPeriod(period).stream().filter(f -> f.code() == FindingCode.PERSONAL_USE)
                .forEach(f -> byKey.put(f.address() + " " + f.subject(), f));
        return byKey;
    }

    private int evidenceOf(String address) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM personal_use_evidence WHERE address = ?", Integer.class,
                address);
    }

    private static void deliverAll(String address, String folder, List<Path> files, String firstArrival)
            throws IOException {
        Instant arrival = Instant.parse(firstArrival);
        for (Path file : files) {
            dovecot.deliver(address, folder, Files.readAllBytes(file), arrival, false);
            arrival = arrival.plusSeconds(600);
        }
    }

    private static String vietnamese(String from, String subject) throws IOException {
        return "From: " + MimeUtility.encodeText("Dịch vụ", "UTF-8", "B") + " <" + from + ">\r\n"
                + "To: someone@most.gov.vn\r\n"
                + "Subject: " + MimeUtility.encodeText(subject, "UTF-8", "B") + "\r\n"
                + "Date: Fri, 2 Oct 2026 08:00:00 +0700\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + "Nội dung thư.\r\n";
    }

    private static List<Path> corpus(String folder) {
        try (Stream<Path> files = Files.walk(CORPUS.resolve(folder))) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path corpusRoot() {
        try {
            return Paths.get(PersonalUseMonthlyIT.class.getResource("/corpus/NOTICE.md").toURI()).getParent();
        } catch (Exception e) {
            throw new IllegalStateException("src/test/resources/corpus is missing", e);
        }
    }

    /** A temporary folder holding the waivers file, which is read when the application starts. */
    private static Path workDirectory() {
        try {
            Path work = Files.createTempDirectory("personal-use-it");
            Files.writeString(work.resolve("waivers.yml"), """
                    waivers:
                      - id: W-1
                        mailbox: vanphong@most.gov.vn
                        service: Uber
                        reason: "Đặt xe công tác của Văn phòng"
                        approver: "Chánh Văn phòng"
                        until: 2027-12-31
                      - id: W-2
                        mailbox: tran.thi.b@most.gov.vn
                        category: E_COMMERCE
                        reason: "Mua sắm thiết bị"
                        approver: "Vụ trưởng"
                        until: 2026-09-30
                    """);
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
