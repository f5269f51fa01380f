package vn.mailcompliance.personaluse;

/** The personal-use rules file cannot be used; the message names the file, the entry and the fix. */
public class RulesFileException extends RuntimeException {

    public RulesFileException(String message) {
        super(message);
    }

    public RulesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
