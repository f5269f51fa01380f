package vn.mailcompliance.personaluse;

import org.junit.jupiter.api.Test;
import vn.mailcompliance.finding.Details;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.personaluse.Authenticity.AUTHENTICATED;
import static vn.mailcompliance.personaluse.Authenticity.SPOOFED;
import static vn.mailcompliance.personaluse.Authenticity.UNVERIFIED;
import static vn.mailcompliance.personaluse.MessageKind.ACCOUNT_ACTIVITY;
import static vn.mailcompliance.personaluse.MessageKind.MARKETING;
import static vn.mailcompliance.personaluse.MessageKind.REGISTRATION;

class ServiceUsageTest {

    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    static long uid = 1;

    static Evidence ev(String service, MessageKind kind, Authenticity a, String at, String subject) {
        return new Evidence(service, Category.BANKING, kind, a, at == null ? null : Instant.parse(at), subject, "INBOX", 1L, uid++);
    }

    @Test
    void authenticatedActivityIsConfirmed() {
        List<ServiceUsage> usage = ServiceUsage.aggregate(List.of(
                ev("Vietcombank", ACCOUNT_ACTIVITY, AUTHENTICATED, "2026-10-02T01:00:00Z", "Biến động số dư"),
                ev("Vietcombank", MARKETING, UNVERIFIED, "2026-10-01T01:00:00Z", "Ưu đãi")));
        assertThat(usage).singleElement().satisfies(u -> {
            assertThat(u.confidence()).isEqualTo(Confidence.CONFIRMED);
            assertThat(u.messages()).isEqualTo(2);
            assertThat(u.kinds()).containsExactly(ACCOUNT_ACTIVITY, MARKETING);
        });
    }

    @Test
    void authenticatedMarketingAloneIsNotConfirmed() {
        assertThat(ServiceUsage.aggregate(List.of(
                ev("Tiki", MARKETING, AUTHENTICATED, "2026-10-01T01:00:00Z", "Sale"),
                ev("Tiki", MARKETING, AUTHENTICATED, "2026-10-02T01:00:00Z", "Sale 2"))))
                .singleElement().extracting(ServiceUsage::confidence).isEqualTo(Confidence.PROBABLE);
    }

    @Test
    void unauthenticatedRegistrationIsProbable() {
        assertThat(ServiceUsage.aggregate(List.of(ev("Tiki", REGISTRATION, UNVERIFIED, "2026-10-01T01:00:00Z", "Chào mừng"))))
                .singleElement().extracting(ServiceUsage::confidence).isEqualTo(Confidence.PROBABLE);
    }

    @Test
    void singleMarketingMessageIsNoUsage() {
        assertThat(ServiceUsage.aggregate(List.of(ev("Shopee", MARKETING, UNVERIFIED, "2026-10-01T01:00:00Z", "Sale 11.11")))).isEmpty();
    }

    @Test
    void twoMarketingMessagesAreProbable() {
        assertThat(ServiceUsage.aggregate(List.of(
                ev("Shopee", MARKETING, UNVERIFIED, "2026-10-01T01:00:00Z", "Sale 11.11"),
                ev("Shopee", MARKETING, UNVERIFIED, "2026-10-05T01:00:00Z", "Sale 12.12"))))
                .singleElement().extracting(ServiceUsage::confidence).isEqualTo(Confidence.PROBABLE);
    }

    @Test
    void spoofedEvidenceIsExcludedFromCountsDatesAndSamples() {
        List<ServiceUsage> usage = ServiceUsage.aggregate(List.of(
                ev("MoMo", ACCOUNT_ACTIVITY, SPOOFED, "2026-09-01T01:00:00Z", "Mã OTP giả"),
                ev("MoMo", ACCOUNT_ACTIVITY, SPOOFED, "2026-10-30T01:00:00Z", "Mã OTP giả 2"),
                ev("MoMo", REGISTRATION, UNVERIFIED, "2026-10-10T01:00:00Z", "Chào mừng bạn đến với MoMo")));
        assertThat(usage).singleElement().satisfies(u -> {
            assertThat(u.confidence()).isEqualTo(Confidence.PROBABLE);
            assertThat(u.messages()).isEqualTo(1);
            assertThat(u.spoofedMessages()).isEqualTo(2);
            assertThat(u.kinds()).containsExactly(REGISTRATION);
            assertThat(u.firstSeen()).isEqualTo(Instant.parse("2026-10-10T01:00:00Z"));
            assertThat(u.lastSeen()).isEqualTo(Instant.parse("2026-10-10T01:00:00Z"));
            assertThat(u.samples()).containsExactly("Chào mừng bạn đến với MoMo");
        });
    }

    @Test
    void onlySpoofedEvidenceIsNoUsage() {
        assertThat(ServiceUsage.aggregate(List.of(ev("MoMo", ACCOUNT_ACTIVITY, SPOOFED, "2026-09-01T01:00:00Z", "x")))).isEmpty();
    }

    @Test
    void countsFirstLastAndThreeMostRecentDistinctSamples() {
        List<ServiceUsage> usage = ServiceUsage.aggregate(List.of(
                ev("X (Twitter)", ACCOUNT_ACTIVITY, AUTHENTICATED, "2026-10-01T01:00:00Z", "oldest"),
                ev("X (Twitter)", ACCOUNT_ACTIVITY, UNVERIFIED, "2026-10-04T01:00:00Z", "Password reset request"),
                ev("X (Twitter)", ACCOUNT_ACTIVITY, UNVERIFIED, "2026-10-05T01:00:00Z", "Password reset request"),
                ev("X (Twitter)", MARKETING, UNVERIFIED, "2026-10-03T01:00:00Z", "third"),
                ev("X (Twitter)", MARKETING, UNVERIFIED, "2026-10-02T01:00:00Z", "fourth"),
                ev("X (Twitter)", MARKETING, UNVERIFIED, null, "no date"),
                ev("X (Twitter)", MARKETING, UNVERIFIED, "2026-10-06T01:00:00Z", null)));
        assertThat(usage).singleElement().satisfies(u -> {
            assertThat(u.messages()).isEqualTo(7);
            assertThat(u.firstSeen()).isEqualTo(Instant.parse("2026-10-01T01:00:00Z"));
            assertThat(u.lastSeen()).isEqualTo(Instant.parse("2026-10-06T01:00:00Z"));
            assertThat(u.samples()).containsExactly("Password reset request", "third", "fourth");
        });
    }

    @Test
    void samplesAreCutAtEightyCharactersWithAnEllipsis() {
        String longSubject = "Xác nhận đơn hàng " + "Ả".repeat(100);
        ServiceUsage u = ServiceUsage.aggregate(List.of(ev("Shopee", ACCOUNT_ACTIVITY, UNVERIFIED, "2026-10-01T01:00:00Z", longSubject)))
                .get(0);
        assertThat(u.samples().get(0)).hasSize(80).endsWith("…").startsWith("Xác nhận đơn hàng ẢẢ");
        assertThat(ServiceUsage.cut("a".repeat(80))).isEqualTo("a".repeat(80));
        assertThat(ServiceUsage.cut("a".repeat(81))).isEqualTo("a".repeat(79) + "…");
        // an emoji (two chars) is never split
        assertThat(ServiceUsage.cut("\uD83E\uDD84".repeat(81)).codePointCount(0, ServiceUsage.cut("\uD83E\uDD84".repeat(81)).length())).isEqualTo(80);
    }

    @Test
    void servicesAreSeparatedAndConfirmedComeFirst() {
        List<ServiceUsage> usage = ServiceUsage.aggregate(List.of(
                ev("Zalo", REGISTRATION, UNVERIFIED, "2026-10-01T01:00:00Z", "a"),
                ev("ACB", ACCOUNT_ACTIVITY, UNVERIFIED, "2026-10-01T01:00:00Z", "b"),
                ev("Tiki", REGISTRATION, AUTHENTICATED, "2026-10-01T01:00:00Z", "c")));
        assertThat(usage).extracting(ServiceUsage::service).containsExactly("Tiki", "ACB", "Zalo");
    }

    @Test
    void findingCarriesTheDetailsInOrderWithLocalDates() {
        ServiceUsage u = ServiceUsage.aggregate(List.of(
                ev("Vietcombank", ACCOUNT_ACTIVITY, AUTHENTICATED, "2026-10-02T17:30:05.123Z", "Biến động số dư"),
                ev("Vietcombank", REGISTRATION, UNVERIFIED, "2026-10-01T01:00:00Z", "Chào mừng"))).get(0);
        Finding f = u.toFinding("nguyen.van.a@most.gov.vn", "VP", HCM);
        assertThat(f.code()).isEqualTo(FindingCode.PERSONAL_USE);
        assertThat(f.subject()).isEqualTo("Vietcombank");
        assertThat(f.address()).isEqualTo("nguyen.van.a@most.gov.vn");
        assertThat(f.unitCode()).isEqualTo("VP");
        assertThat(f.details()).isEqualTo(new Details.PersonalUse("Vietcombank", "BANKING", "CONFIRMED",
                List.of("REGISTRATION", "ACCOUNT_ACTIVITY"), 2, LocalDateTime.of(2026, 10, 1, 8, 0, 0),
                LocalDateTime.of(2026, 10, 3, 0, 30, 5),     // next day in Hanoi
                List.of("Biến động số dư", "Chào mừng")));
        assertThat(f.firstSeen()).isEqualTo(LocalDateTime.of(2026, 10, 1, 8, 0, 0));
        assertThat(f.lastSeen()).isEqualTo(LocalDateTime.of(2026, 10, 3, 0, 30, 5));
    }
}
