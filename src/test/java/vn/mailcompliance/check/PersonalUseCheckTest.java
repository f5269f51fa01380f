package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;
import vn.mailcompliance.personaluse.Authenticity;
import vn.mailcompliance.personaluse.Category;
import vn.mailcompliance.personaluse.Evidence;
import vn.mailcompliance.personaluse.MessageKind;

class PersonalUseCheckTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Policy POLICY = Fixtures.POLICY;
    static final Clock END_OF_OCTOBER = Clock.fixed(Instant.parse("2026-10-31T16:59:59Z"), ZONE);
    static final DirectorySnapshot DIRECTORY = new DirectorySnapshot(List.of(), List.of(), Map.of(), Map.of());

    final PersonalUseCheck check = new PersonalUseCheck();

    static Account account(MailboxKind kind) {
        return new Account("a@most.gov.vn", "A", "VP", kind, null, true, null, null, null, null, "test");
    }

    static Evidence evidence(MessageKind kind, Authenticity authenticity, String received, long uid) {
        return new Evidence("Vietcombank", Category.BANKING, kind, authenticity, Instant.parse(received),
                "Vietcombank: Biến động số dư tài khoản " + uid, "INBOX", 1, uid);
    }

    List<Finding> check(MailboxKind kind, Evidence... evidence) {
        return check.check(account(kind), new AccountSnapshot(DIRECTORY, Map.of(), List.of(evidence)), POLICY,
                END_OF_OCTOBER);
    }

    @Test
    void authenticatedAccountActivityIsAConfirmedPersonalUse() {
        List<Finding> found = check(MailboxKind.PERSONAL,
                evidence(MessageKind.ACCOUNT_ACTIVITY, Authenticity.AUTHENTICATED, "2025-12-01T02:00:00Z", 1),
                evidence(MessageKind.MARKETING, Authenticity.UNVERIFIED, "2026-10-20T02:00:00Z", 2));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.PERSONAL_USE);
            assertThat(f.subject()).isEqualTo("Vietcombank");
            assertThat(f.unitCode()).isEqualTo("VP");
            assertThat(f.details().stored()).containsEntry("confidence", "CONFIRMED").containsEntry("messages", "2")
                    .containsEntry("category", "BANKING");
            assertThat(f.firstSeen()).isEqualTo(LocalDateTime.parse("2025-12-01T09:00:00"));
            assertThat(f.lastSeen()).isEqualTo(LocalDateTime.parse("2026-10-20T09:00:00"));
        });
    }

    @Test
    void unverifiedRegistrationAndRepeatedMarketingAreProbable() {
        assertThat(check(MailboxKind.PERSONAL,
                evidence(MessageKind.REGISTRATION, Authenticity.UNVERIFIED, "2026-10-01T02:00:00Z", 1)))
                .singleElement().satisfies(f -> assertThat(f.details().stored()).containsEntry("confidence", "PROBABLE"));
        assertThat(check(MailboxKind.PERSONAL,
                evidence(MessageKind.MARKETING, Authenticity.AUTHENTICATED, "2026-10-01T02:00:00Z", 1),
                evidence(MessageKind.MARKETING, Authenticity.AUTHENTICATED, "2026-10-02T02:00:00Z", 2)))
                .singleElement().satisfies(f -> assertThat(f.details().stored()).containsEntry("confidence", "PROBABLE"));
    }

    @Test
    void forgedMailIsNeverAFinding() {
        assertThat(check(MailboxKind.PERSONAL,
                evidence(MessageKind.REGISTRATION, Authenticity.SPOOFED, "2026-10-01T02:00:00Z", 1),
                evidence(MessageKind.ACCOUNT_ACTIVITY, Authenticity.SPOOFED, "2026-10-02T02:00:00Z", 2))).isEmpty();
    }

    @Test
    void unitMailboxIsJudgedAndGroupMailboxIsNot() {
        Evidence registration = evidence(MessageKind.REGISTRATION, Authenticity.AUTHENTICATED, "2026-10-01T02:00:00Z", 1);
        assertThat(check(MailboxKind.UNIT, registration)).hasSize(1);
        assertThat(check(MailboxKind.GROUP, registration)).isEmpty();
    }

    @Test
    void mailAfterTheInstantIsIgnored() {
        assertThat(check(MailboxKind.PERSONAL,
                evidence(MessageKind.REGISTRATION, Authenticity.AUTHENTICATED, "2026-10-31T17:00:00Z", 1))).isEmpty();
    }

    @Test
    void sampleSubjectsAreStoredCutToEightyCharactersWhateverTheReportsShow() {
        Evidence longSubject = new Evidence("Vietcombank", Category.BANKING, MessageKind.REGISTRATION,
                Authenticity.UNVERIFIED, Instant.parse("2026-10-01T02:00:00Z"), "Vietcombank: " + "x".repeat(100),
                "INBOX", 1, 1);
        assertThat(check(MailboxKind.PERSONAL, longSubject)).singleElement()
                .satisfies(f -> assertThat(((Details.PersonalUse) f.details()).samples()).singleElement()
                        .satisfies(sample -> assertThat(sample).hasSize(80).endsWith("…")));
    }
}
