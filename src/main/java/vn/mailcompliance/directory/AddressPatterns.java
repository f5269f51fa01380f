package vn.mailcompliance.directory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Addresses or glob patterns ({@code vanphong@*}, {@code *.unit@most.gov.vn}) that name mailboxes: unit mailboxes
 * without a roster, password-exempt service accounts. {@code *} matches any run of characters, {@code ?} one.
 */
public final class AddressPatterns {

    private final List<Pattern> patterns;

    public AddressPatterns(List<String> globs) {
        this.patterns = globs.stream().filter(g -> g != null && !g.isBlank()).map(AddressPatterns::compile).toList();
    }

    public boolean matches(String address) {
        return address != null && patterns.stream().anyMatch(p -> p.matcher(address.toLowerCase(Locale.ROOT)).matches());
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
