package vn.mailcompliance.personaluse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

import vn.mailcompliance.settings.OperatorFileException;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceCatalogTest {

    static final Path RULES = Path.of("jobs/personal-use-rules.yml");
    static final ServiceCatalog CATALOG = ServiceCatalog.load(RULES);

    @Test
    void shippedRulesListAtLeastEightyServicesOfWhichThirtyVietnamese() {
        assertThat(CATALOG.services()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(CATALOG.services().stream().filter(Service::vietnamese)).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everyCategoryHasServicesAndBothLabels() {
        for (Category c : Category.values()) {
            assertThat(CATALOG.services().stream().filter(s -> s.category() == c)).as(c.name()).isNotEmpty();
            assertThat(CATALOG.label(c, Locale.forLanguageTag("vi"))).isNotBlank();
            assertThat(CATALOG.label(c, Locale.ENGLISH)).isNotBlank();
        }
        assertThat(CATALOG.label(Category.BANKING, Locale.forLanguageTag("vi"))).isEqualTo("Ngân hàng");
    }

    @Test
    void everyServiceHasASourceAndNoDomainIsListedTwice() {
        Set<String> seen = new HashSet<>();
        for (Service s : CATALOG.services()) {
            assertThat(s.source()).as(s.name()).matches("(corpus|doc|unverified): .+");
            for (String d : s.domains()) {
                assertThat(seen.add(d)).as(d).isTrue();
                assertThat(SenderDomain.registrable(d)).as(d).contains(d);
            }
            for (String d : s.senders()) {
                assertThat(seen.add(d)).as(d).isTrue();
            }
        }
    }

    @Test
    void corpusSourcesNameFilesThatExist() {
        for (Service s : CATALOG.services()) {
            if (s.source().startsWith("corpus: ")) {
                String file = s.source().substring("corpus: ".length()).split("[ ,(]")[0];
                assertThat(CorpusMessages.ROOT.resolve(file)).as(s.name()).exists();
            }
        }
    }

    @Test
    void issueNamedVietnameseServicesResolveByTheirDomain() {
        assertThat(CATALOG.forRegistrableDomain("vietcombank.com.vn")).get().extracting(Service::name).isEqualTo("Vietcombank");
        assertThat(CATALOG.forRegistrableDomain("momo.vn")).get().extracting(Service::category).isEqualTo(Category.E_WALLET_PAYMENT);
        assertThat(CATALOG.forRegistrableDomain("zalo.me")).get().extracting(Service::category).isEqualTo(Category.SOCIAL_MESSAGING);
        assertThat(CATALOG.forRegistrableDomain("shopee.vn")).get().extracting(Service::name).isEqualTo("Shopee");
        assertThat(CATALOG.forRegistrableDomain("LAZADA.VN")).get().extracting(Service::name).isEqualTo("Lazada");
        assertThat(CATALOG.forRegistrableDomain("tiki.vn")).isPresent();
        assertThat(CATALOG.forSender("no-reply@thongbao.vietcombank.com.vn")).get().extracting(Service::name).isEqualTo("Vietcombank");
        for (String name : List.of("Techcombank", "ACB", "TPBank",
                "VIB", "ZaloPay", "Sendo", "FPT Play",
                "VieON", "Galaxy Play", "Grab", "Be", "Xanh SM", "Vietnam Airlines", "Vietjet Air", "Bamboo Airways",
                "Traveloka", "VNG Games", "Garena")) {
            assertThat(CATALOG.byName(name)).as(name).isPresent();
        }
    }

    @Test
    void freeWebmailUserDomainsCouriersAndMailInfrastructureAreNotServices() {
        for (String d : List.of("gmail.com", "googlemail.com", "yahoo.com", "outlook.com", "hotmail.com", "proton.me",
                "google.com", "microsoft.com", "amazonses.com", "sendgrid.net", "fedex.com", "ups.com", "dhl.com",
                "usps.com", "github.com", "linkedin.com", "example.com")) {
            assertThat(CATALOG.forRegistrableDomain(d)).as(d).isEmpty();
        }
        assertThat(CATALOG.forSender("someone@gmail.com")).isEmpty();
        assertThat(CATALOG.forSender("no-reply-aws@amazon.com")).isEmpty();
        assertThat(CATALOG.forSender("dmarc-noreply@linkedin.com")).isEmpty();
    }

    @Test
    void loadsFromASpringResource() {
        ServiceCatalog fromResource = ServiceCatalog.load(new FileSystemResource(RULES));
        assertThat(fromResource.services()).hasSameSizeAs(CATALOG.services());
    }

    // ------------------------------------------------------------------ validation

    static String load(String yaml) {
        try {
            ServiceCatalog.parse(new StringReader(yaml), "rules-under-test.yml");
            return "loaded";
        } catch (OperatorFileException e) {
            return e.getMessage();
        }
    }

    @Test
    void unknownCategoryNamesFileServiceAndFix() {
        assertThat(load("services:\n  - { name: Foo, category: BANK, domains: [foo.vn], source: \"doc: x\" }\n"))
                .contains("rules-under-test.yml", "service #1 'Foo'", "unknown category 'BANK'", "Fix:", "BANKING");
    }

    @Test
    void duplicateDomainNamesBothServices() {
        assertThat(load("""
                services:
                  - { name: Foo, category: BANKING, domains: [foo.vn], source: "doc: x" }
                  - { name: Bar, category: GAMES, domains: [FOO.vn], source: "doc: y" }
                """)).contains("rules-under-test.yml", "service #2 'Bar'", "'foo.vn'", "'Foo'", "Fix:");
    }

    @Test
    void missingNameSourceOrDomainIsRejected() {
        assertThat(load("services:\n  - { category: BANKING, domains: [foo.vn], source: \"doc: x\" }\n"))
                .contains("service #1", "'name' is missing", "Fix:");
        assertThat(load("services:\n  - { name: Foo, category: BANKING, domains: [foo.vn] }\n"))
                .contains("'Foo'", "'source' is missing", "Fix:");
        assertThat(load("services:\n  - { name: Foo, category: BANKING, source: \"doc: x\" }\n"))
                .contains("'Foo'", "no 'domains' and no 'senders'", "Fix:");
    }

    @Test
    void subdomainOrPublicSuffixIsNotARegistrableDomain() {
        assertThat(load("services:\n  - { name: Foo, category: BANKING, domains: [mail.foo.com.vn], source: \"doc: x\" }\n"))
                .contains("'mail.foo.com.vn' is not a registrable domain", "write 'foo.com.vn'", "senders:");
        assertThat(load("services:\n  - { name: Foo, category: BANKING, domains: [com.vn], source: \"doc: x\" }\n"))
                .contains("'com.vn' is not a domain name under a public suffix");
    }

    @Test
    void typoInAKeyAndBrokenYamlAreReported() {
        assertThat(load("services:\n  - { name: Foo, category: BANKING, domain: [foo.vn], source: \"doc: x\" }\n"))
                .contains("unknown key 'domain'", "Fix:");
        assertThat(load("services: [ {name: Foo")).contains("rules-under-test.yml", "not valid YAML");
        assertThat(load("")).contains("empty");
    }

    @Test
    void unreadableFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yml");
        assertThatThrownBy(() -> ServiceCatalog.load(missing)).isInstanceOf(OperatorFileException.class)
                .hasMessageContaining("nope.yml").hasMessageContaining("compliance.personal-use.rules");
    }

    @Test
    void minimalValidFileLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.yml");
        Files.writeString(file, "services:\n  - { name: Foo, category: dating, senders: [accounts.foo.vn, a@bar.vn], source: \"doc: x\" }\n");
        ServiceCatalog c = ServiceCatalog.load(file);
        assertThat(c.forSender("x@accounts.foo.vn")).isPresent();
        assertThat(c.forSender("x@other.foo.vn")).isEmpty();
        assertThat(c.forSender("A@bar.vn")).isPresent();
        assertThat(c.forSender("b@bar.vn")).isEmpty();
        assertThat(c.forRegistrableDomain("foo.vn")).isEmpty();
    }
}
