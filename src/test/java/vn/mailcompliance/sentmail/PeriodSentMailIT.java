package vn.mailcompliance.sentmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.mailcompliance.check.SentMail;
import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.settings.ComplianceProperties.Organization;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * The sent mail of a period read for the whole directory at once gives each mailbox what the queries of that one
 * mailbox give, across more mailboxes than one read of external mail covers and asked in any order.
 */
class PeriodSentMailIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final YearMonth PERIOD = YearMonth.of(2026, 10);
    private static final Instant UP_TO = Instant.parse("2026-10-31T16:59:59Z");
    private static final int MAILBOXES = SentMailRepository.PeriodSentMail.WINDOW * 2 + 37;

    @RegisterExtension
    static MariaDbDatabase db = new MariaDbDatabase("periodsentmail");

    private static SentMailRepository repository;
    private static JdbcClient jdbc;
    private static final List<String> addresses = new ArrayList<>();

    @BeforeAll
    static void seed() {
        DataSource dataSource = new DriverManagerDataSource(db.jdbcUrl() + "&rewriteBatchedStatements=true",
                db.username(), db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        repository = new SentMailRepository(new JdbcTemplate(dataSource), jdbc,
                new ComplianceProperties(ZONE, new Organization("test", List.of("most.gov.vn")), Path.of("none")));
        MessageSecurity[] securities = MessageSecurity.values();
        for (int i = 0; i < MAILBOXES; i++) {
            String address = String.format("staff%04d@most.gov.vn", i);
            addresses.add(address);
            List<SentMessage> messages = new ArrayList<>();
            for (int m = 0; m < i % 7; m++) {
                Instant sentAt = switch (m % 5) {
                    case 0 -> Instant.parse("2026-09-30T16:59:59Z"); // the last instant of September, local time
                    case 1 -> null;
                    case 2 -> Instant.parse("2026-10-31T17:00:00Z"); // after the evaluation
                    default -> Instant.parse("2026-10-01T00:00:00Z").plusSeconds(3_600L * (i % 500) + m);
                };
                List<String> external = (i + m) % 3 == 0 ? List.of()
                        : (i + m) % 3 == 1 ? List.of("someone" + m + "@gmail.com")
                        : List.of("firm@example.vn", "own" + i + "@yahoo.com");
                messages.add(new SentMessage(m % 2 == 0 ? "Sent" : "Sent Items", 1, m + 1, sentAt,
                        securities[(i + m) % securities.length], 1 + external.size(), external, null));
                messages.add(new SentMessage("Sent", 1, 100 + m, Instant.parse("2026-10-15T03:00:00Z"),
                        securities[m % securities.length], 2, m % 2 == 0 ? List.of() : List.of("x@gmail.com"), null));
            }
            repository.add(address, messages);
        }
        // Stored in another case than the directory's: the column's collation compares addresses without it.
        repository.add("Mixed.Case@most.gov.vn", List.of(new SentMessage("Sent", 1, 1,
                Instant.parse("2026-10-02T02:00:00Z"), MessageSecurity.SMIME_SIGNED, 2, List.of("a@gmail.com"), null)));
        addresses.add("mixed.case@most.gov.vn");
        addresses.add("nobody@most.gov.vn");
    }

    @Test
    void everyMailboxHasWhatItsOwnQueriesGiveInAddressOrder() {
        SentMailRepository.PeriodSentMail period = repository.sentIn(PERIOD, UP_TO);
        List<String> inOrder = addresses.stream().sorted().toList();
        for (String address : inOrder) {
            assertThat(period.of(address)).as(address).isEqualTo(oneMailbox(address));
        }
        assertThat(period.of("nobody@most.gov.vn")).isEqualTo(SentMail.NONE);
        assertThat(period.of("staff0006@most.gov.vn").external()).isNotEmpty();
    }

    @Test
    void everyMailboxHasWhatItsOwnQueriesGiveInAnyOrder() {
        SentMailRepository.PeriodSentMail period = repository.sentIn(PERIOD, UP_TO);
        List<String> shuffled = new ArrayList<>(addresses);
        Collections.shuffle(shuffled, new java.util.Random(7));
        for (String address : shuffled) {
            assertThat(period.of(address)).as(address).isEqualTo(oneMailbox(address));
        }
    }

    /** The queries the monthly job ran for each mailbox before it read the period at once. */
    private static SentMail oneMailbox(String address) {
        int[] counts = new int[4];
        LocalDateTime from = PERIOD.atDay(1).atStartOfDay();
        LocalDateTime upTo = LocalDateTime.ofInstant(UP_TO, ZONE);
        jdbc.sql("""
                        SELECT security, COUNT(*) AS n FROM sent_message
                        WHERE address = :address AND sent_at >= :from AND sent_at <= :upTo
                        GROUP BY security
                        """)
                .param("address", address).param("from", from).param("upTo", upTo)
                .query(rs -> {
                    int n = rs.getInt("n");
                    counts[0] += n;
                    switch (MessageSecurity.valueOf(rs.getString("security"))) {
                        case SMIME_SIGNED -> counts[1] += n;
                        case SMIME_ENCRYPTED -> counts[2] += n;
                        case OPENPGP_SIGNED, OPENPGP_ENCRYPTED -> counts[3] += n;
                        case NONE -> { }
                    }
                });
        List<SentMail.ExternalMail> external = new ArrayList<>();
        jdbc.sql("""
                        SELECT sent_at, external_recipients FROM sent_message
                        WHERE address = :address AND sent_at >= :from AND sent_at <= :upTo
                          AND external_recipients IS NOT NULL
                        ORDER BY sent_at, folder, uid
                        """)
                .param("address", address).param("from", from).param("upTo", upTo)
                .query(rs -> {
                    LocalDateTime sentAt = rs.getObject("sent_at", LocalDateTime.class);
                    external.add(new SentMail.ExternalMail(sentAt == null ? null : sentAt.atZone(ZONE).toInstant(),
                            Arrays.asList(rs.getString("external_recipients").split(","))));
                });
        return new SentMail(counts[0], counts[1], counts[2], counts[3], external);
    }
}
