package vn.mailcompliance.sieve.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The destinations of the {@code redirect} actions of a Sieve script (RFC 5228 §4.2, with any tags such as
 * {@code :copy} of RFC 3894), wherever they stand (conditional or not): a rule that forwards mail is the breach, not
 * whether it fired this month. Comments, quoted strings with escapes and multi-line {@code text:} strings are read as
 * the grammar says, so a {@code redirect} inside a comment or a string is not taken for one.
 */
public final class SieveRedirects {

    private SieveRedirects() {
    }

    /** Every redirect destination of the script, lower case, in script order, without repeats. */
    public static List<String> of(String script) {
        List<Token> tokens = tokens(script);
        List<String> destinations = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.IDENTIFIER || !token.text().equalsIgnoreCase("redirect")) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).kind() == Kind.TAG) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).kind() == Kind.STRING) {
                String destination = tokens.get(j).text().strip().toLowerCase(Locale.ROOT);
                if (!destination.isEmpty() && !destinations.contains(destination)) {
                    destinations.add(destination);
                }
            }
        }
        return destinations;
    }

    private enum Kind { IDENTIFIER, TAG, STRING, OTHER }

    private record Token(Kind kind, String text) {
    }

    private static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    text.append(s.charAt(i));
                    i++;
                }
                i++;
                tokens.add(new Token(Kind.STRING, text.toString()));
            } else if (s.regionMatches(true, i, "text:", 0, 5)) {
                i = multiLine(s, i + 5, tokens);
            } else if (c == ':') {
                int start = i++;
                while (i < n && isWordChar(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.TAG, s.substring(start, i)));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && isWordChar(s.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENTIFIER, s.substring(start, i)));
            } else {
                if (!Character.isWhitespace(c)) {
                    tokens.add(new Token(Kind.OTHER, String.valueOf(c)));
                }
                i++;
            }
        }
        return tokens;
    }

    /** A {@code text:} string: the lines after it up to a line holding a single dot; ".." starts a dotted line. */
    private static int multiLine(String s, int from, List<Token> tokens) {
        int lineEnd = s.indexOf('\n', from);
        if (lineEnd < 0) {
            return s.length();
        }
        StringBuilder text = new StringBuilder();
        int i = lineEnd + 1;
        while (i < s.length()) {
            int end = s.indexOf('\n', i);
            String line = (end < 0 ? s.substring(i) : s.substring(i, end)).replaceAll("\r$", "");
            i = end < 0 ? s.length() : end + 1;
            if (line.equals(".")) {
                break;
            }
            text.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
        }
        tokens.add(new Token(Kind.STRING, text.toString()));
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
