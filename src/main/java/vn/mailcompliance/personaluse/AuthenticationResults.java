package vn.mailcompliance.personaluse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads RFC 8601 Authentication-Results headers and decides whether a trusted receiving server vouched for a From
 * domain. Only headers whose authserv-id is one of ours count: anyone can write an Authentication-Results header
 * into a message before it reaches us, so all others are ignored (as are headers without an authserv-id, which
 * Microsoft 365 writes). Comments, quoted strings, folding, method versions and case are handled; a header that
 * cannot be parsed is ignored, never an exception.
 *
 * <p>Verdict for a From domain, its registrable domain R (alignment = same registrable domain, i.e. equal or a
 * subdomain relation under R):
 * <ul>
 *   <li>{@link Authenticity#SPOOFED} when a trusted header says dmarc=fail for header.from under R;</li>
 *   <li>{@link Authenticity#AUTHENTICATED} when one says dmarc=pass for header.from under R, or dkim=pass with
 *       header.d (or the domain of header.i) under R;</li>
 *   <li>{@link Authenticity#SPOOFED} when, without any pass, one says dkim=fail for a signature under R;</li>
 *   <li>{@link Authenticity#UNVERIFIED} otherwise (spf alone decides nothing: it fails on forwarding).</li>
 * </ul>
 */
final class AuthenticationResults {

    /** One parsed header. */
    record Header(String authservId, List<Result> results) {
    }

    /** One resinfo: method, result and properties ("header.d" → "example.com"), all lower case except values. */
    record Result(String method, String result, Map<String, String> properties) {
    }

    private final Set<String> trusted;

    AuthenticationResults(Collection<String> trustedAuthservIds) {
        this.trusted = trustedAuthservIds == null ? Set.of() : trustedAuthservIds.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    Authenticity evaluate(List<String> headerValues, String fromDomain) {
        Optional<String> registrable = SenderDomain.registrable(fromDomain);
        if (registrable.isEmpty() || headerValues == null || trusted.isEmpty()) {
            return Authenticity.UNVERIFIED;
        }
        String r = registrable.get();
        boolean dmarcPass = false;
        boolean dmarcFail = false;
        boolean dkimPass = false;
        boolean dkimFail = false;
        for (String value : headerValues) {
            Optional<Header> header = parse(value);
            if (header.isEmpty() || header.get().authservId() == null
                    || !trusted.contains(header.get().authservId().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Result res : header.get().results()) {
                switch (res.method()) {
                    case "dmarc" -> {
                        if (aligned(domainOf(res.properties().get("header.from")), r)) {
                            dmarcPass |= "pass".equals(res.result());
                            dmarcFail |= "fail".equals(res.result());
                        }
                    }
                    case "dkim" -> {
                        String d = res.properties().get("header.d");
                        if (d == null) {
                            d = domainOf(res.properties().get("header.i"));
                        }
                        if (aligned(d, r)) {
                            dkimPass |= "pass".equals(res.result());
                            dkimFail |= "fail".equals(res.result());
                        }
                    }
                    default -> {
                        // spf, arc, auth, iprev …: not a verdict on the From domain by themselves
                    }
                }
            }
        }
        if (dmarcFail) {
            return Authenticity.SPOOFED;
        }
        if (dmarcPass || dkimPass) {
            return Authenticity.AUTHENTICATED;
        }
        return dkimFail ? Authenticity.SPOOFED : Authenticity.UNVERIFIED;
    }

    private static boolean aligned(String domain, String registrable) {
        return domain != null && SenderDomain.registrable(domain).map(registrable::equals).orElse(false);
    }

    /** "user@sub.example.com", "@example.com" or "example.com" → "example.com"-ish host; {@code null} stays null. */
    private static String domainOf(String value) {
        if (value == null) {
            return null;
        }
        int at = value.lastIndexOf('@');
        return at >= 0 ? value.substring(at + 1) : value;
    }

    // ------------------------------------------------------------------------------------------- parsing

    /** Parses one header value; empty when it is not an Authentication-Results value at all. */
    static Optional<Header> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        List<List<Token>> segments;
        try {
            segments = segments(tokens(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        List<Token> first = segments.get(0);
        String authservId = null;
        List<List<Token>> resinfos = segments.subList(1, segments.size());
        if (!first.isEmpty() && first.get(0).kind == Kind.WORD && (first.size() == 1 || first.get(1).kind != Kind.EQUALS)) {
            authservId = first.get(0).text; // optional version after it is ignored
        } else {
            // no authserv-id: the first segment is itself a result (seen from Microsoft 365)
            List<List<Token>> all = new ArrayList<>();
            all.add(first);
            all.addAll(resinfos);
            resinfos = all;
        }
        List<Result> results = new ArrayList<>();
        for (List<Token> resinfo : resinfos) {
            result(resinfo).ifPresent(results::add);
        }
        return Optional.of(new Header(authservId, List.copyOf(results)));
    }

    private static Optional<Result> result(List<Token> t) {
        // methodspec: WORD ["/" version] "=" WORD ; then (WORD "=" value)*
        if (t.size() < 3 || t.get(0).kind != Kind.WORD || t.get(1).kind != Kind.EQUALS || t.get(2).kind == Kind.EQUALS) {
            return Optional.empty();
        }
        String method = t.get(0).text.toLowerCase(Locale.ROOT);
        int slash = method.indexOf('/');
        if (slash >= 0) {
            method = method.substring(0, slash).strip();
        }
        String result = t.get(2).text.toLowerCase(Locale.ROOT);
        Map<String, String> props = new LinkedHashMap<>();
        int i = 3;
        while (i < t.size()) {
            if (i + 2 < t.size()
                    && t.get(i).kind == Kind.WORD && t.get(i + 1).kind == Kind.EQUALS && t.get(i + 2).kind != Kind.EQUALS) {
                props.putIfAbsent(t.get(i).text.toLowerCase(Locale.ROOT), t.get(i + 2).text);
                i += 3;
            } else {
                i++;
            }
        }
        return Optional.of(new Result(method, result, Map.copyOf(props)));
    }

    private enum Kind { WORD, EQUALS, SEMICOLON }

    private record Token(Kind kind, String text) {
    }

    private static List<List<Token>> segments(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind == Kind.SEMICOLON) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        out.add(current);
        return out;
    }

    /**
     * Comments (nested, with quoted-pairs) are dropped; quoted strings become one WORD; "=" and ";" are tokens.
     * A value after "=" runs to whitespace, ";" or "(", so base64 "=" padding and "/" stay inside it.
     */
    private static List<Token> tokens(String value) {
        List<Token> out = new ArrayList<>();
        int n = value.length();
        int i = 0;
        boolean afterEquals = false;
        while (i < n) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                int depth = 0;
                while (i < n) {
                    char d = value.charAt(i);
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                    if (d == '(') {
                        depth++;
                    } else if (d == ')') {
                        depth--;
                        if (depth == 0) {
                            i++;
                            break;
                        }
                    }
                    i++;
                }
            } else if (c == ';') {
                out.add(new Token(Kind.SEMICOLON, ";"));
                afterEquals = false;
                i++;
            } else if (c == '=' && !afterEquals) {
                out.add(new Token(Kind.EQUALS, "="));
                afterEquals = true;
                i++;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n && value.charAt(i) != '"') {
                    if (value.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    sb.append(value.charAt(i));
                    i++;
                }
                i++; // closing quote (or end)
                out.add(new Token(Kind.WORD, sb.toString()));
                afterEquals = false;
            } else {
                int start = i;
                while (i < n) {
                    char d = value.charAt(i);
                    if (Character.isWhitespace(d) || d == ';' || d == '(' || d == '"' || (d == '=' && !afterEquals)) {
                        break;
                    }
                    i++;
                }
                out.add(new Token(Kind.WORD, value.substring(start, i)));
                afterEquals = false;
            }
        }
        return out;
    }
}
