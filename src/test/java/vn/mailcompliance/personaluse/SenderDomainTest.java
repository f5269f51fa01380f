package vn.mailcompliance.personaluse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SenderDomainTest {

    @Test
    void registrableDomainFollowsThePublicSuffixList() {
        assertThat(SenderDomain.registrable("thongbao@thongbao.vietcombank.com.vn")).contains("vietcombank.com.vn");
        assertThat(SenderDomain.registrable("thongbao.vietcombank.com.vn")).contains("vietcombank.com.vn");
        assertThat(SenderDomain.registrable("no-reply@info.email.aa.com")).contains("aa.com");
        assertThat(SenderDomain.registrable("order-update@amazon.co.uk")).contains("amazon.co.uk");
        assertThat(SenderDomain.registrable("X@Mail.Shopee.VN.")).contains("shopee.vn");
        assertThat(SenderDomain.registrable("\"Tiki\" <hotro@tiki.vn>")).contains("tiki.vn");
    }

    @Test
    void invalidInputIsEmptyNeverAnException() {
        for (String bad : new String[] {null, "", "   ", "@", "a@", "not an address", "a@[192.0.2.1]", "a@com.vn",
                "a@localhost", "a@-bad-.vn", "a@b..vn", "\u0000@\u0000", "a@" + "x".repeat(300) + ".vn",
                "a@vietcombank.com.vn.evil.example"}) {
            assertThat(SenderDomain.registrable(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void internationalizedNamesBecomePunycode() {
        assertThat(SenderDomain.host("a@bộ.vn")).get().asString().startsWith("xn--").endsWith(".vn");
        assertThat(SenderDomain.registrable("a@thư.bộ.vn")).get().asString().matches("xn--[a-z0-9-]+\\.vn");
    }
}
