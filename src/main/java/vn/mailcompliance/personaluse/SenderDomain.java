package vn.mailcompliance.personaluse;

import com.google.common.net.InternetDomainName;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/** The domain parts of a sender address. Invalid input gives an empty result, never an exception. */
final class SenderDomain {

    private SenderDomain() {
    }

    /**
     * The host of an address ({@code a@b.example} → {@code b.example}), or of a bare domain, in lower-case ASCII
     * (IDNs in their {@code xn--} form); empty when it is not a syntactically valid domain name.
     */
    static Optional<String> host(String addressOrDomain) {
        if (addressOrDomain == null) {
            return Optional.empty();
        }
        String s = addressOrDomain.strip();
        int lt = s.lastIndexOf('<');
        if (lt >= 0) {
            int gt = s.indexOf('>', lt);
            s = gt > lt ? s.substring(lt + 1, gt) : s.substring(lt + 1);
        }
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        s = s.strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.startsWith("[")) { // address literal: no domain
            return Optional.empty();
        }
        try {
            s = IDN.toASCII(s, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!InternetDomainName.isValid(s)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /**
     * The registrable domain (the public suffix plus one label, Public Suffix List including its private section):
     * {@code thongbao.vietcombank.com.vn} → {@code vietcombank.com.vn}, {@code info.email.aa.com} → {@code aa.com}.
     * Empty for invalid input, public suffixes themselves and names under no known suffix.
     */
    static Optional<String> registrable(String addressOrDomain) {
        return host(addressOrDomain).flatMap(SenderDomain::registrableOfHost);
    }

    private static Optional<String> registrableOfHost(String host) {
        try {
            InternetDomainName name = InternetDomainName.from(host);
            if (!name.isUnderPublicSuffix()) {
                return Optional.empty();
            }
            return Optional.of(name.topPrivateDomain().toString());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
