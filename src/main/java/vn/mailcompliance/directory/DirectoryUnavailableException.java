package vn.mailcompliance.directory;

/** The directory source cannot be read at all: the run stops and names the source. */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public DirectoryUnavailableException(String message) {
        super(message);
    }
}
