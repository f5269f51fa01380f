package vn.mailcompliance.personaluse;

import org.junit.jupiter.api.Test;
import vn.mailcompliance.imap.MessageHeader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationResultsTest {

    static final ServiceCatalog CATALOG = ServiceCatalog.load(Path.of("jobs/personal-use-rules.yml"));
    final AuthenticationResults ours = new AuthenticationResults(Set.of("mx.most.gov.vn"));

    @Test
    void alignedDkimPassFromTrustedServerAuthenticates() {
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; dkim=pass header.d=vietcombank.com.vn header.s=s1"),
                "thongbao.vietcombank.com.vn")).isEqualTo(Authenticity.AUTHENTICATED);
        // header.i of a subdomain, From at the registrable domain: aligned
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; dkim=pass header.i=@mail.momo.vn"), "momo.vn"))
                .isEqualTo(Authenticity.AUTHENTICATED);
    }

    @Test
    void dmarcPassWithAlignedHeaderFromAuthenticates() {
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; dmarc=pass (p=reject) header.from=shopee.vn"), "shopee.vn"))
                .isEqualTo(Authenticity.AUTHENTICATED);
    }

    @Test
    void resultsFromAnUntrustedAuthservIdAreIgnored() {
        assertThat(ours.evaluate(List.of("mx.evil.example; dkim=pass header.d=vietcombank.com.vn"), "vietcombank.com.vn"))
                .isEqualTo(Authenticity.UNVERIFIED);
        assertThat(ours.evaluate(List.of("mx.evil.example; dmarc=fail header.from=vietcombank.com.vn"), "vietcombank.com.vn"))
                .isEqualTo(Authenticity.UNVERIFIED);
        // no authserv-id at all (Microsoft 365 style)
        assertThat(ours.evaluate(List.of("spf=pass smtp.mailfrom=vietcombank.com.vn; dkim=pass header.d=vietcombank.com.vn"),
                "vietcombank.com.vn")).isEqualTo(Authenticity.UNVERIFIED);
    }

    @Test
    void nothingIsTrustedWhenNoAuthservIdIsConfigured() {
        assertThat(new AuthenticationResults(Set.of()).evaluate(
                List.of("mx.most.gov.vn; dkim=pass header.d=momo.vn"), "momo.vn")).isEqualTo(Authenticity.UNVERIFIED);
    }

    @Test
    void dkimPassOfAnotherDomainDoesNotAuthenticate() {
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; dkim=pass header.d=amazonses.com"), "amazon.com"))
                .isEqualTo(Authenticity.UNVERIFIED);
        // a look-alike domain that contains the service's name is not aligned
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; dkim=pass header.d=vietcombank.com.vn.evil.example"),
                "vietcombank.com.vn")).isEqualTo(Authenticity.UNVERIFIED);
    }

    @Test
    void alignedDkimFailIsSpoofed() {
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; dkim=fail (body hash did not verify) header.d=vietcombank.com.vn"),
                "vietcombank.com.vn")).isEqualTo(Authenticity.SPOOFED);
    }

    @Test
    void dmarcFailIsSpoofedEvenWithSpfFail() {
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=none) header.from=momo.vn"),
                "momo.vn")).isEqualTo(Authenticity.SPOOFED);
    }

    @Test
    void spfFailAloneDecidesNothing() {
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; spf=fail smtp.mailfrom=momo.vn"), "momo.vn"))
                .isEqualTo(Authenticity.UNVERIFIED);
    }

    @Test
    void commentsQuotedStringsFoldingVersionAndCaseAreHandled() {
        String header = "MX.Most.Gov.VN 1;\r\n\tDKIM/1 = Pass (2048-bit key; \"quoted; (nested) comment\")\r\n"
                + "  header.d=\"Zalo.Me\" header.b=\"ab/c+=\" ; spf=pass (sender (a=b; c) ok) smtp.mailfrom=x@zalo.me";
        AuthenticationResults.Header parsed = AuthenticationResults.parse(header).orElseThrow();
        assertThat(parsed.authservId()).isEqualTo("MX.Most.Gov.VN");
        assertThat(parsed.results()).hasSize(2);
        assertThat(parsed.results().get(0).method()).isEqualTo("dkim");
        assertThat(parsed.results().get(0).result()).isEqualTo("pass");
        assertThat(parsed.results().get(0).properties()).containsEntry("header.d", "Zalo.Me").containsEntry("header.b", "ab/c+=");
        assertThat(ours.evaluate(List.of(header), "zalo.me")).isEqualTo(Authenticity.AUTHENTICATED);
    }

    @Test
    void unquotedBase64ValuesWithSlashAndPaddingStayWhole() {
        AuthenticationResults.Header parsed = AuthenticationResults.parse(
                "mit.edu; dkim=pass (1024-bit key; unprotected) header.d=amazon.com header.b=sk0yWvc/; dkim=pass header.d=amazonses.com header.b=lUY1ph+6=")
                .orElseThrow();
        assertThat(parsed.results()).extracting(r -> r.properties().get("header.b")).containsExactly("sk0yWvc/", "lUY1ph+6=");
    }

    @Test
    void oneTrustedHeaderAmongSeveralIsEnough() {
        assertThat(ours.evaluate(List.of(
                "mx.google.com; dkim=fail header.d=tiki.vn",   // forgeable: written before our server
                "mx.most.gov.vn; none",
                "mx.most.gov.vn; dkim=pass header.i=noreply@tiki.vn"), "tiki.vn")).isEqualTo(Authenticity.AUTHENTICATED);
    }

    @Test
    void garbageHeadersNeverThrow() {
        List<String> garbage = java.util.Arrays.asList(null, "", ";;;", "(((", "\"unterminated", "=", "mx.most.gov.vn; dkim=",
                "mx.most.gov.vn; =pass", "mx.most.gov.vn; dkim=pass header.d=", "mx.most.gov.vn; dkim=pass header.d=[1.2.3.4]");
        assertThat(ours.evaluate(garbage, "momo.vn")).isEqualTo(Authenticity.UNVERIFIED);
        assertThat(ours.evaluate(List.of("mx.most.gov.vn; dkim=pass header.d=momo.vn"), null)).isEqualTo(Authenticity.UNVERIFIED);
    }

    // ------------------------------------------------------------------ through the classifier

    final PersonalUseClassifier classifier = new PersonalUseClassifier(CATALOG, Set.of("mx.most.gov.vn"));

    static MessageHeader mail(String from, String name, String subject, String... ar) {
        return new MessageHeader("INBOX", 7L, 42L, Instant.parse("2026-10-01T01:00:00Z"), false, from, name, subject,
                List.of(ar), false);
    }

    @Test
    void spoofedBankMailIsKeptAsEvidenceButNeverCounts() {
        Evidence e = classifier.classify(mail("thongbao@vietcombank.com.vn", "Vietcombank", "Biến động số dư",
                "mx.most.gov.vn; dkim=fail header.d=vietcombank.com.vn; dmarc=fail header.from=vietcombank.com.vn")).orElseThrow();
        assertThat(e.authenticity()).isEqualTo(Authenticity.SPOOFED);
        assertThat(ServiceUsage.aggregate(List.of(e, e))).isEmpty();
    }

    @Test
    void lookAlikeSendersAreNotAttributed() {
        assertThat(classifier.classify(mail("thongbao@vietcombank.com.vn.evil.example", "Vietcombank", "Biến động số dư",
                "mx.most.gov.vn; dkim=pass header.d=vietcombank.com.vn.evil.example"))).isEmpty();
        assertThat(classifier.classify(mail("thongbao@vietcombank-vn.com", "Vietcombank", "Biến động số dư"))).isEmpty();
        assertThat(classifier.classify(mail("vietcombank.official@gmail.com", "Vietcombank", "Biến động số dư",
                "mx.most.gov.vn; dkim=pass header.d=gmail.com"))).isEmpty();
        // Cyrillic "а" in vietcombаnk: its IDN (xn--) form is another domain
        assertThat(classifier.classify(mail("thongbao@vietcomb\u0430nk.com.vn", "Vietcombank", "Biến động số dư"))).isEmpty();
    }

    @Test
    void displayNameOfAServiceOnAnotherDomainIsIgnoredButTheRealDomainCounts() {
        Evidence e = classifier.classify(mail("no-reply@thongbao.vietcombank.com.vn", "Ngân hàng X", "Biến động số dư",
                "mx.most.gov.vn; dkim=pass header.d=vietcombank.com.vn")).orElseThrow();
        assertThat(e.service()).isEqualTo("Vietcombank");
        assertThat(e.category()).isEqualTo(Category.BANKING);
        assertThat(e.kind()).isEqualTo(MessageKind.ACCOUNT_ACTIVITY);
        assertThat(e.authenticity()).isEqualTo(Authenticity.AUTHENTICATED);
        assertThat(e.folder()).isEqualTo("INBOX");
        assertThat(e.uidValidity()).isEqualTo(7L);
        assertThat(e.uid()).isEqualTo(42L);
    }

    @Test
    void googleAccountMailIsPersonalCloudButOtherGoogleMailIsNot() {
        assertThat(classifier.classify(mail("no-reply@accounts.google.com", "Google", "Security alert")).orElseThrow().category())
                .isEqualTo(Category.PERSONAL_CLOUD_WEBMAIL);
        assertThat(classifier.classify(mail("calendar-notification@google.com", "Google Calendar", "Invitation"))).isEmpty();
        assertThat(classifier.classify(mail("noreply-dmarc-support@google.com", null, "Report domain: most.gov.vn"))).isEmpty();
    }
}
