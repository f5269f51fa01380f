package vn.mailcompliance.shared;

import java.util.regex.Pattern;

/** Removes passwords from text before it is printed, logged or shown (a JDBC URL in an error message). */
public final class Secrets {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)(password|passwd|pwd|secret)=([^&;\\s]*)");

    private Secrets() {
    }

    public static String redact(String text) {
        return text == null ? null : PASSWORD_PARAMETER.matcher(text).replaceAll("$1=******");
    }
}
