package vn.mailcompliance.sieve.internal;

import java.io.IOException;

/** The ManageSieve server refused a command or answered outside the protocol. */
public class ManageSieveException extends IOException {

    public ManageSieveException(String message) {
        super(message);
    }
}
