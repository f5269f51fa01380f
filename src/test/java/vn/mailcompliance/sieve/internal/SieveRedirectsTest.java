package vn.mailcompliance.sieve.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SieveRedirectsTest {

    @Test
    void roundcubeForwardingRulesGiveTheirDestinations() {
        String script = """
                require ["copy","fileinto"];
                # rule:[Chuyển tiếp]
                if true
                {
                	redirect :copy "An.Nguyen.1985@Gmail.com";
                }
                # rule:[Sếp]
                if address :is "from" "sep@most.gov.vn" { redirect "thu.ky@most.gov.vn"; stop; }
                """;

        assertThat(SieveRedirects.of(script)).containsExactly("an.nguyen.1985@gmail.com", "thu.ky@most.gov.vn");
    }

    @Test
    void redirectInCommentsOrStringsIsNotARule() {
        String script = """
                # redirect "old@gmail.com";
                /* redirect "older@gmail.com";
                   still a comment */
                if header :contains "subject" "redirect \\"x@gmail.com\\"" { fileinto "INBOX.Spam"; }
                vacation text:
                redirect "not@gmail.com";
                ..
                .
                ;
                keep;
                """;

        assertThat(SieveRedirects.of(script)).isEmpty();
    }

    @Test
    void repeatedDestinationsAreListedOnceAndTheKeywordIsCaseInsensitive() {
        assertThat(SieveRedirects.of("REDIRECT \"a@yahoo.com\"; redirect :copy \"A@yahoo.com\";\r\n"))
                .containsExactly("a@yahoo.com");
    }

    @Test
    void aBrokenScriptYieldsWhatCanBeRead() {
        assertThat(SieveRedirects.of("redirect \"half@gmail.com")).containsExactly("half@gmail.com");
        assertThat(SieveRedirects.of("redirect ;")).isEmpty();
        assertThat(SieveRedirects.of("")).isEmpty();
    }
}
