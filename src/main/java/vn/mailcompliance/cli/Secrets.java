package vn.mailcompliance.cli;

import java.util.regex.Pattern;

/** Removes passwords from text before it is printed or logged. */
final class Secrets {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)(password|passwd|pwd|secret)=([^&;\\s]*)");

    private Secrets() {
    }

    static String redact(String text) {
        return text == null ? null : PASSWORD_PARAMETER.matcher(text).replaceAll("$1=******");
    }
}
