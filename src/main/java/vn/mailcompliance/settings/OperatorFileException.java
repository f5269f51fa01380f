package vn.mailcompliance.settings;

/**
 * An operator file ({@code jobs/*.yml}) cannot be used; the message names the file, the entry and the fix. It stops the
 * command as a configuration error.
 */
public class OperatorFileException extends RuntimeException {

    public OperatorFileException(String message) {
        super(message);
    }

    public OperatorFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
