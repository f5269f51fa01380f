package vn.mailcompliance.personaluse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.settings.ComplianceProperties.Organization;

/** The same behaviour on every database the product supports, on the Flyway-migrated schema. */
abstract class EvidenceRepositoryContract {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ALICE = "alice@most.gov.vn";

    EvidenceRepository repository;
    JdbcTemplate jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void migrateAndEmpty() {
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource());
        jdbc.update("DELETE FROM personal_use_evidence");
        jdbc.update("DELETE FROM account");
        repository = new EvidenceRepository(jdbc, JdbcClient.create(dataSource()),
                new ComplianceProperties(ZONE, new Organization("test", List.of("most.gov.vn")), Path.of("none")),
                new DataSourceTransactionManager(dataSource()));
    }

    static Evidence evidence(String folder, long uid, Authenticity authenticity, String received, String subject) {
        return new Evidence("Shopee", Category.E_COMMERCE, MessageKind.ACCOUNT_ACTIVITY, authenticity,
                Instant.parse(received), subject, folder, 7, uid);
    }

    @Test
    void aMessageReadTwiceIsStoredOnce() {
        Evidence first = evidence("INBOX", 1, Authenticity.UNVERIFIED, "2026-10-01T02:00:00Z", "Xác nhận đơn hàng #1");
        repository.add(ALICE, List.of(first));
        repository.add(ALICE, List.of(first, evidence("INBOX", 2, Authenticity.UNVERIFIED, "2026-10-02T02:00:00Z",
                "Xác nhận đơn hàng #2")));

        assertThat(repository.forMailbox(ALICE, Instant.parse("2026-11-01T00:00:00Z")))
                .extracting(Evidence::uid).containsExactly(1L, 2L);
    }

    @Test
    void aFolderRescannedUnderANewUidValidityKeepsItsEvidenceAndAddsOnlyMessagesNotStoredBefore() {
        repository.add(ALICE, List.of(evidence("INBOX", 1, Authenticity.UNVERIFIED, "2026-10-01T02:00:00Z", "old #1"),
                evidence("INBOX", 2, Authenticity.UNVERIFIED, "2026-10-02T02:00:00Z", "old #2"),
                evidence("Archive", 1, Authenticity.UNVERIFIED, "2026-10-03T02:00:00Z", "other folder")));

        repository.add(ALICE, List.of(
                new Evidence("Shopee", Category.E_COMMERCE, MessageKind.ACCOUNT_ACTIVITY, Authenticity.UNVERIFIED,
                        Instant.parse("2026-10-01T02:00:00Z"), "old #1", "INBOX", 8, 1),
                new Evidence("Shopee", Category.E_COMMERCE, MessageKind.ACCOUNT_ACTIVITY, Authenticity.UNVERIFIED,
                        Instant.parse("2026-10-04T02:00:00Z"), "new #3", "INBOX", 8, 2)));

        assertThat(repository.forMailbox(ALICE, Instant.parse("2026-11-01T00:00:00Z")))
                .extracting(Evidence::folder, Evidence::uidValidity, Evidence::uid)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("INBOX", 7L, 1L),
                        org.assertj.core.groups.Tuple.tuple("INBOX", 7L, 2L),
                        org.assertj.core.groups.Tuple.tuple("Archive", 7L, 1L),
                        org.assertj.core.groups.Tuple.tuple("INBOX", 8L, 2L));
    }

    @Test
    void evidenceIsReadBackAsStoredUpToTheInstant() {
        Evidence october = evidence("Lưu trữ.2025", 3, Authenticity.AUTHENTICATED, "2026-10-31T16:59:59Z",
                "Chào mừng bạn đến với Shopee 🎉");
        repository.add(ALICE, List.of(october,
                evidence("INBOX", 4, Authenticity.UNVERIFIED, "2026-10-31T17:00:01Z", "November")));

        assertThat(repository.forMailbox(ALICE, Instant.parse("2026-10-31T17:00:00Z"))).containsExactly(october);
    }

    @Test
    void aSubjectIsStoredCutToTheEightyCharactersThatCanBeShown() {
        repository.add(ALICE, List.of(evidence("INBOX", 5, Authenticity.UNVERIFIED, "2026-10-01T02:00:00Z",
                "ư".repeat(1200))));

        assertThat(repository.forMailbox(ALICE, Instant.parse("2026-11-01T00:00:00Z")).get(0).subject())
                .hasSize(EvidenceRepository.MAX_SUBJECT).isEqualTo("ư".repeat(79) + "…");
    }

    @Test
    void auditStreamListsTheRangeOfTheUnitsWithForgedMailMarked() {
        jdbc.update("INSERT INTO account (address, unit_code, kind, active, source, synced_at)"
                + " VALUES (?, 'VP', 'PERSONAL', TRUE, 'test', '2026-10-01 00:00:00')", ALICE);
        jdbc.update("INSERT INTO account (address, unit_code, kind, active, source, synced_at)"
                + " VALUES ('bob@most.gov.vn', 'KT', 'PERSONAL', TRUE, 'test', '2026-10-01 00:00:00')");
        repository.add(ALICE, List.of(
                evidence("INBOX", 1, Authenticity.SPOOFED, "2026-09-30T17:30:00Z", "1 October, local time"),
                evidence("INBOX", 2, Authenticity.UNVERIFIED, "2026-10-31T17:30:00Z", "1 November, local time")));
        repository.add("bob@most.gov.vn", List.of(
                evidence("INBOX", 1, Authenticity.UNVERIFIED, "2026-10-05T02:00:00Z", "Bob's")));

        try (Stream<StoredEvidence> stream = repository.streamBetween(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31"), List.of("VP"))) {
            assertThat(stream.toList()).singleElement().satisfies(e -> {
                assertThat(e.address()).isEqualTo(ALICE);
                assertThat(e.unitCode()).isEqualTo("VP");
                assertThat(e.probableSpoof()).isTrue();
            });
        }
        try (Stream<StoredEvidence> stream = repository.streamBetween(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-11-01"), List.of())) {
            assertThat(stream.map(StoredEvidence::address).toList())
                    .containsExactly("bob@most.gov.vn", ALICE, ALICE);
        }
    }
}
