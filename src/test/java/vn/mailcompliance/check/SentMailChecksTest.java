package vn.mailcompliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mailcompliance.check.Fixtures.CLOCK;
import static vn.mailcompliance.check.Fixtures.NOW;
import static vn.mailcompliance.check.Fixtures.POLICY;
import static vn.mailcompliance.check.Fixtures.ZONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mailcompliance.directory.Account;
import vn.mailcompliance.directory.MailboxKind;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingCode;

/** Article 16 from sent mail: signed share, work mail to free webmail, Sieve redirects. */
class SentMailChecksTest {

    private static final Account AN = Fixtures.person("an.nv@most.gov.vn", "VP", "Nguyễn Văn An", "CB-20417");
    private static final Policy SIGNERS_OF_VP = new Policy(POLICY.zone(), POLICY.organization(), POLICY.password(),
            POLICY.freeWebmailDomains(), POLICY.inventory(), new Policy.SigningPolicy(List.of("*.nv@most.gov.vn"), 0.8), 3);

    private static AccountSnapshot sent(SentMail sentMail) {
        return new AccountSnapshot(Fixtures.directory(List.of(), List.of(AN), Map.of(), Map.of()), Map.of(),
                List.of(), sentMail, List.of(), false);
    }

    private static SentMail.ExternalMail to(int day, String... recipients) {
        return new SentMail.ExternalMail(NOW.withDayOfMonth(day).atZone(ZONE).toInstant(), List.of(recipients));
    }

    @Test
    void aRequiredSignerBelowTheMinimumShareIsUnsigned() {
        List<Finding> found = new UnsignedOfficialMailCheck().check(AN, sent(new SentMail(12, 5, 2, 1, List.of())),
                SIGNERS_OF_VP, CLOCK);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.UNSIGNED_OFFICIAL_MAIL);
            assertThat(f.details().stored()).containsEntry("sent", "12").containsEntry("signed", "5")
                    .containsEntry("signedShare", "50%").containsEntry("minShare", "80%")
                    .containsEntry("encrypted", "2").containsEntry("openPgp", "1");
        });
    }

    @Test
    void theRostersSignsMailColumnAloneMakesASigner() {
        Account binh = new Account("binh.tran@most.gov.vn", "Trần Bình", "VP", MailboxKind.PERSONAL, null, true,
                NOW.minusYears(1), NOW.minusDays(10), null, null, "iredmail", true, true);

        assertThat(new UnsignedOfficialMailCheck().check(binh, sent(new SentMail(5, 1, 0, 0, List.of())), POLICY,
                CLOCK)).extracting(Finding::code).containsExactly(FindingCode.UNSIGNED_OFFICIAL_MAIL);
    }

    @Test
    void encryptedMailIsLeftOutOfTheShareSoASignerWhoEncryptsTheRestIsCompliant() {
        assertThat(new UnsignedOfficialMailCheck().check(AN, sent(new SentMail(10, 4, 6, 0, List.of())),
                SIGNERS_OF_VP, CLOCK)).isEmpty();
    }

    @Test
    void nobodyMustSignByDefaultAndNoMailSentIsNothingToJudge() {
        assertThat(new UnsignedOfficialMailCheck().check(AN, sent(new SentMail(10, 0, 0, 0, List.of())), POLICY,
                CLOCK)).isEmpty();
        assertThat(new UnsignedOfficialMailCheck().check(AN, sent(SentMail.NONE), SIGNERS_OF_VP, CLOCK)).isEmpty();
        Account other = Fixtures.person("binh.tran@most.gov.vn", "VP", "Trần Bình", null);
        assertThat(new UnsignedOfficialMailCheck().check(other, sent(new SentMail(10, 0, 0, 0, List.of())),
                SIGNERS_OF_VP, CLOCK)).isEmpty();
    }

    @Test
    void workMailToOnesOwnGmailIsAFindingAtAnyCount() {
        SentMail sentMail = new SentMail(4, 0, 0, 0, List.of(to(3, "nguyenvanan1985@gmail.com", "dn@vingroup.net"),
                to(9, "partner@vista.com.vn")));

        List<Finding> found = new WorkMailToFreeWebmailCheck().check(AN, sent(sentMail), SIGNERS_OF_VP, CLOCK);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.WORK_MAIL_TO_FREE_WEBMAIL);
            assertThat(f.details().stored()).containsEntry("messages", "1").containsEntry("distinctAddresses", "1")
                    .containsEntry("domains", "gmail.com × 1")
                    .containsEntry("ownAddresses", "nguyenvanan1985@gmail.com")
                    .containsEntry("ownMatchedBy", "name").containsEntry("ownMessages", "1")
                    .containsEntry("firstSent", NOW.withDayOfMonth(3).toString());
            assertThat(f.details().stored().values()).noneMatch(v -> v.contains("vingroup") || v.contains("vista"));
        });
    }

    @Test
    void mailToOthersFreeWebmailIsAFindingOnlyAboveTheThreshold() {
        List<SentMail.ExternalMail> three = List.of(to(2, "citizen1@gmail.com"), to(3, "citizen2@yahoo.com"),
                to(4, "citizen1@gmail.com", "citizen3@gmail.com"));
        List<SentMail.ExternalMail> four = new ArrayList<>(three);
        four.add(to(5, "citizen4@gmail.com"));

        assertThat(new WorkMailToFreeWebmailCheck().check(AN, sent(new SentMail(3, 0, 0, 0, three)), SIGNERS_OF_VP,
                CLOCK)).isEmpty();
        assertThat(new WorkMailToFreeWebmailCheck().check(AN, sent(new SentMail(4, 0, 0, 0, four)), SIGNERS_OF_VP,
                CLOCK)).singleElement().satisfies(f -> assertThat(f.details().stored())
                .containsEntry("messages", "4").containsEntry("distinctAddresses", "4")
                .containsEntry("domains", "gmail.com × 4, yahoo.com × 1").doesNotContainKey("ownAddresses")
                .containsEntry("threshold", "3").containsEntry("lastSent", NOW.withDayOfMonth(5).toString()));
    }

    @Test
    void ownAddressIsRecognisedByNameOfficialLocalPartOrEmployeeIdWithDiacriticsFolded() {
        assertThat(OwnAddress.matchedBy(AN, "nguyen.van.an@gmail.com")).contains("name");
        assertThat(OwnAddress.matchedBy(AN, "AnNguyenVan@yahoo.com")).contains("name");
        assertThat(OwnAddress.matchedBy(AN, "annguyen92@gmail.com")).contains("name");
        assertThat(OwnAddress.matchedBy(AN, "an.nv@gmail.com")).contains("officialAddress");
        assertThat(OwnAddress.matchedBy(AN, "work.cb20417@gmail.com")).contains("employeeId");
        Account dung = Fixtures.person("dung.dt@most.gov.vn", "VP", "Đỗ Thị Dung", null);
        assertThat(OwnAddress.matchedBy(dung, "dothidung@gmail.com")).contains("name");
        assertThat(OwnAddress.matchedBy(dung, "dungdt.1990@gmail.com")).contains("officialAddress");
        assertThat(OwnAddress.matchedBy(dung, "dungnt@gmail.com")).isEmpty();
        assertThat(OwnAddress.matchedBy(AN, "nguyenvananh@gmail.com")).isEmpty();
        assertThat(OwnAddress.matchedBy(AN, "an@gmail.com")).isEmpty();
    }

    @Test
    void aSieveRedirectOutsideIsExternalForwardingWithSourceSieve() {
        AccountSnapshot snapshot = new AccountSnapshot(Fixtures.directory(List.of(), List.of(AN), Map.of(), Map.of()),
                Map.of(), List.of(), SentMail.NONE, List.of("an.home@gmail.com", "vanphong@most.gov.vn"), false);

        List<Finding> found = new ExternalForwardingCheck().check(AN, snapshot, POLICY, CLOCK);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.EXTERNAL_FORWARDING);
            assertThat(f.subject()).isEqualTo("Sieve: an.home@gmail.com");
            assertThat(f.details().stored()).containsEntry("destination", "an.home@gmail.com")
                    .containsEntry("freeWebmail", "true").containsEntry("source", "Sieve");
        });
    }

    @Test
    void groupMailboxesAreNotJudgedOnSentMail() {
        Account group = Fixtures.account("ds@most.gov.vn", "VP", MailboxKind.GROUP, true);
        SentMail lots = new SentMail(50, 0, 0, 0, List.of(to(2, "nguyenvana@gmail.com")));
        assertThat(new WorkMailToFreeWebmailCheck().check(group, sent(lots), SIGNERS_OF_VP, CLOCK)).isEmpty();
        assertThat(new UnsignedOfficialMailCheck().check(group, sent(lots), SIGNERS_OF_VP, CLOCK)).isEmpty();
    }
}
