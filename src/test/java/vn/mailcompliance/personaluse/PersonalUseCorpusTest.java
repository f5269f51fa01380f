package vn.mailcompliance.personaluse;

import org.junit.jupiter.api.Test;
import vn.mailcompliance.imap.MessageHeader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.mailcompliance.personaluse.MessageKind.ACCOUNT_ACTIVITY;
import static vn.mailcompliance.personaluse.MessageKind.MARKETING;
import static vn.mailcompliance.personaluse.MessageKind.REGISTRATION;

/** Real messages of other people's test suites (src/test/resources/corpus, see NOTICE.md there). */
class PersonalUseCorpusTest {

    static final ServiceCatalog CATALOG = ServiceCatalog.load(Path.of("jobs/personal-use-rules.yml"));
    /** The receiving servers recorded in the corpus, trusted here so that their verdicts are exercised. */
    static final Set<String> CORPUS_RECEIVERS = Set.of("mx.google.com", "mit.edu", "mail.protonmail.ch",
            "relay-twl-01.twlnet.com", "mailb.triara.com");

    record Expected(String service, MessageKind kind) {
    }

    /** Every message of corpus/registration/, with the service and kind it must get, or null: not attributed. */
    static final Map<String, Expected> REGISTRATION_TABLE = new LinkedHashMap<>();

    static {
        Map<String, Expected> t = REGISTRATION_TABLE;
        String x = "registration/x.com/";
        t.put(x + "zk-email-verify__twitter_msg.eml", new Expected("X (Twitter)", ACCOUNT_ACTIVITY)); // twitter.com
        t.put(x + "proof-of-twitter__test_twitter.eml", new Expected("X (Twitter)", ACCOUNT_ACTIVITY));
        t.put(x + "proof-of-twitter__email-yago.eml", new Expected("X (Twitter)", ACCOUNT_ACTIVITY));
        t.put(x + "relayer-utils__x.eml", new Expected("X (Twitter)", ACCOUNT_ACTIVITY));
        t.put(x + "zk-email-sdk-js__x.eml", new Expected("X (Twitter)", ACCOUNT_ACTIVITY));
        String a = "registration/amazon.com/";
        t.put(a + "zk-email-sdk-js__amazon2.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));      // password assistance
        t.put(a + "zk-email-sdk-js__amazon3.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));      // revision to your account
        t.put(a + "zk-email-sdk-js__amazon_prime_welcome_es.eml", new Expected("Amazon", REGISTRATION)); // bienvenida
        t.put(a + "zk-email-sdk-js__amazon.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));
        t.put(a + "zk-email-sdk-js__amazonjp.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));
        t.put(a + "Home-Assistant-Mail-And-Packages__amazon_shipped.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));
        t.put(a + "Home-Assistant-Mail-And-Packages__amazon_delivered.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));
        t.put(a + "Home-Assistant-Mail-And-Packages__amazon_hub_notice.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));
        t.put(a + "Home-Assistant-Mail-And-Packages__amazon_exception.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));
        t.put(a + "Home-Assistant-Mail-And-Packages__amazon_uk_shipped.eml", new Expected("Amazon", ACCOUNT_ACTIVITY)); // amazon.co.uk
        t.put(a + "Home-Assistant-Mail-And-Packages__amazon_uk_delivered.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));
        t.put(a + "Home-Assistant-Mail-And-Packages__amazon_shipped_it.eml", new Expected("Amazon", ACCOUNT_ACTIVITY)); // amazon.it, "spedito"
        t.put(a + "Home-Assistant-Mail-And-Packages__amazon_delivered_it.eml", new Expected("Amazon", ACCOUNT_ACTIVITY));
        t.put("registration/spotify.com/relayer-utils__spotify.eml", new Expected("Spotify", ACCOUNT_ACTIVITY));
        t.put("registration/uber.com/zk-email-sdk-js__sptrans.uber.com_gmail_uber_receipt.eml", new Expected("Uber", ACCOUNT_ACTIVITY));
        t.put("registration/uber.com/zkemail.nr__uber_1.eml", new Expected("Uber", ACCOUNT_ACTIVITY));
        t.put("registration/venmo.com/zk-p2p__venmo_send.eml", new Expected("Venmo", ACCOUNT_ACTIVITY));
        t.put("registration/venmo.com/zk-p2p__venmo_receive.eml", new Expected("Venmo", ACCOUNT_ACTIVITY));
        t.put("registration/venmo.com/zk-p2p__venmo_complete.eml", new Expected("Venmo", ACCOUNT_ACTIVITY));
        t.put("registration/venmo.com/zk-p2p-v1__venmo_email_1.eml", new Expected("Venmo", ACCOUNT_ACTIVITY));
        t.put("registration/aa.com/zkemail.nr__aa.eml", new Expected("American Airlines", ACCOUNT_ACTIVITY)); // info.email.aa.com
        // a price alert: the subject alone ("ETH is Down 0.9%!") cannot tell it from a newsletter
        t.put("registration/cryptoradar.com/sp1-zkEmail__strobe.eml", new Expected("Cryptoradar", MARKETING));
        t.put("registration/devcon.org/zk-email-sdk-js__devcon.eml", null);            // conference: arguably work
        t.put("registration/facebookmail.com/notls_responder__facebook.eml", new Expected("Facebook", ACCOUNT_ACTIVITY)); // "angemeldet"
        t.put("registration/google.com/notls_responder__adwords.eml", null);           // Google Ads: a work tool; google.com is not listed
        t.put("registration/okfn.org/notls_responder__mediawiki.eml", null);           // open-data wiki: work
        t.put("registration/google.com/mail__raw_email_encoded_stack_level_too_deep.eml",
                new Expected("Google Account (Gmail)", ACCOUNT_ACTIVITY));             // gmail-noreply@google.com
        t.put("registration/papertrailapp.com/enmime__ctype-bug.eml", null);           // developer tool
        t.put("registration/easyhotel.com/enmime__mime-bad-content-type.eml", new Expected("easyHotel", ACCOUNT_ACTIVITY));
        t.put("registration/bbva.mx/mail-parser__mail_test_17.eml", new Expected("BBVA México", ACCOUNT_ACTIVITY)); // "Transferencia"
        t.put("registration/vub.sk/bank-mails-parser__vub_example.eml", null);         // From anonymised to example.com
        t.put("registration/ogone.com/php-mime-mail-parser__m0009.eml", null);         // merchant payment gateway: business
        t.put("registration/fedex.com/Home-Assistant-Mail-And-Packages__fedex_out_for_delivery.eml", null); // couriers: not listed
        t.put("registration/ups.com/Home-Assistant-Mail-And-Packages__ups_out_for_delivery_new.eml", null);
        t.put("registration/usps.com/Home-Assistant-Mail-And-Packages__informed_delivery.eml", null);
        t.put("registration/usps.com/Home-Assistant-Mail-And-Packages__usps_exception.eml", null);
        t.put("registration/dhl.com/Home-Assistant-Mail-And-Packages__dhl_out_for_delivery.eml", null);
        t.put("registration/royalmail.com/Home-Assistant-Mail-And-Packages__royal_mail_uk_delivered.eml", null);
        t.put("registration/myhermes.co.uk/Home-Assistant-Mail-And-Packages__hermes_delivered.eml", null);
        t.put("registration/auspost.com.au/Home-Assistant-Mail-And-Packages__auspost_delivered.eml", null);
        t.put("registration/allegromail.pl/Home-Assistant-Mail-And-Packages__inpost_pl_delivered.eml", new Expected("Allegro", ACCOUNT_ACTIVITY)); // "paczka"
    }

    final PersonalUseClassifier classifier = new PersonalUseClassifier(CATALOG, CORPUS_RECEIVERS);

    @Test
    void theExpectedTableCoversEveryRegistrationMessageOfTheCorpus() {
        List<String> files = CorpusMessages.under("registration").stream().map(CorpusMessages::relative).toList();
        assertThat(REGISTRATION_TABLE.keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyRegistrationMessageOfAListedServiceIsAttributedToItWithTheRightKind() {
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        REGISTRATION_TABLE.forEach((file, e) -> {
            Optional<Evidence> evidence = classifier.classify(CorpusMessages.read(file));
            actual.put(file, evidence.map(ev -> ev.service() + " / " + ev.kind()).orElse("not attributed"));
            expected.put(file, e == null ? "not attributed" : e.service() + " / " + e.kind());
        });
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void everyExpectedServiceIsInTheRules() {
        REGISTRATION_TABLE.values().stream().filter(e -> e != null)
                .forEach(e -> assertThat(CATALOG.byName(e.service())).as(e.service()).isPresent());
    }

    @Test
    void anonymisedSenderIsNotAttributedEvenThoughItsDkimPasses() {
        MessageHeader vub = CorpusMessages.read("registration/vub.sk/bank-mails-parser__vub_example.eml");
        assertThat(vub.fromAddress()).endsWith("@example.com");
        assertThat(classifier.classify(vub)).isEmpty();
    }

    @Test
    void trustedDkimPassOfTheSenderDomainAuthenticatesTheCorpusMessage() {
        Evidence x = classifier.classify(CorpusMessages.read("registration/x.com/zk-email-sdk-js__x.eml")).orElseThrow();
        assertThat(x.authenticity()).isEqualTo(Authenticity.AUTHENTICATED);
        // dkim header.i=@info.email.aa.com is aligned with From no-reply@info.email.aa.com under aa.com
        Evidence aa = classifier.classify(CorpusMessages.read("registration/aa.com/zkemail.nr__aa.eml")).orElseThrow();
        assertThat(aa.authenticity()).isEqualTo(Authenticity.AUTHENTICATED);
    }

    @Test
    void sameCorpusMessageIsUnverifiedWhenItsReceiverIsNotTrusted() {
        PersonalUseClassifier ours = new PersonalUseClassifier(CATALOG, Set.of("mx.most.gov.vn"));
        Evidence x = ours.classify(CorpusMessages.read("registration/x.com/zk-email-sdk-js__x.eml")).orElseThrow();
        assertThat(x.authenticity()).isEqualTo(Authenticity.UNVERIFIED);
    }

    @Test
    void microsoftResultsWithoutAuthservIdAreNeverTrusted() {
        // its only Authentication-Results header is Microsoft 365's, which has no authserv-id
        Evidence prime = classifier.classify(CorpusMessages.read(
                "registration/amazon.com/zk-email-sdk-js__amazon_prime_welcome_es.eml")).orElseThrow();
        assertThat(prime.authenticity()).isEqualTo(Authenticity.UNVERIFIED);
    }

    @Test
    void registrationCorpusAsOneMailboxConfirmsTheAuthenticatedServicesOnly() {
        List<Evidence> evidence = new ArrayList<>();
        long uid = 1;
        for (Path file : CorpusMessages.under("registration")) {
            classifier.classify(CorpusMessages.read(file, uid++)).ifPresent(evidence::add);
        }
        Map<String, Confidence> confidence = new LinkedHashMap<>();
        ServiceUsage.aggregate(evidence).forEach(u -> confidence.put(u.service(), u.confidence()));
        assertThat(confidence).containsEntry("X (Twitter)", Confidence.CONFIRMED)
                .containsEntry("Amazon", Confidence.CONFIRMED)
                .containsEntry("Venmo", Confidence.CONFIRMED)
                .containsEntry("Spotify", Confidence.CONFIRMED)
                .containsEntry("Uber", Confidence.CONFIRMED)
                .containsEntry("BBVA México", Confidence.PROBABLE)   // mailb.triara.com recorded only spf=none
                .containsEntry("easyHotel", Confidence.PROBABLE)     // no Authentication-Results at all
                .doesNotContainKey("Cryptoradar");                   // one marketing message alone is no finding
    }

    @Test
    void ordinaryMailNeverYieldsAConfirmedUsage() {
        List<Evidence> evidence = new ArrayList<>();
        List<String> attributed = new ArrayList<>();
        long uid = 1;
        for (Path file : CorpusMessages.under("other")) {
            Optional<Evidence> e = classifier.classify(CorpusMessages.read(file, uid++));
            e.ifPresent(evidence::add);
            e.ifPresent(ev -> attributed.add(CorpusMessages.relative(file) + " → " + ev.service() + " " + ev.kind()));
        }
        // only Apple's newsletter (From News@InsideApple.Apple.com) belongs to a listed service, as marketing
        assertThat(attributed).containsExactly(
                "other/newsletters/mail__cant_parse_from.eml → Apple ID / iCloud MARKETING");
        assertThat(ServiceUsage.aggregate(evidence)).isEmpty();
    }

    @Test
    void providerReportsFromGoogleAndLinkedinAreNotAttributed() {
        for (String file : List.of("other/provider-notifications/parsedmarc__twilight.eml",
                "other/provider-notifications/parsedmarc__google.com_smtp_tls_report.eml",
                "other/provider-notifications/parsedmarc__dmarc_ruf_report_linkedin.eml",
                "other/provider-notifications/set-of-emails__lhost-gmail-01.eml")) {
            assertThat(classifier.classify(CorpusMessages.read(file))).as(file).isEmpty();
        }
    }

    @Test
    void everyMalformedMessageClassifiesWithoutThrowing() {
        List<Path> files = CorpusMessages.under("malformed");
        assertThat(files).hasSizeGreaterThan(40);
        long uid = 1;
        for (Path file : files) {
            MessageHeader header = CorpusMessages.read(file, uid++);
            assertThatCode(() -> classifier.classify(header)).as(CorpusMessages.relative(file)).doesNotThrowAnyException();
        }
    }

    @Test
    void headerWithNothingReadableYieldsNoEvidence() {
        MessageHeader empty = new MessageHeader(null, 0, 0, null, false, null, null, null, null, true);
        assertThat(classifier.classify(empty)).isEmpty();
        assertThat(classifier.classify(null)).isEmpty();
        MessageHeader garbage = new MessageHeader("INBOX", 1, 2, null, false, "\u0000@@@", "\uFFFD", null, null, true);
        assertThat(classifier.classify(garbage)).isEmpty();
    }
}
