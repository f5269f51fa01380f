package vn.mailcompliance.cli;

/** Bad command-line input or configuration: exit status 2, nothing written. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
