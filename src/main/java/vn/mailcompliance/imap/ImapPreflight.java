package vn.mailcompliance.imap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.springframework.stereotype.Component;

/** Checks once, before a job starts, that the IMAP server accepts connections at all. */
@Component
public class ImapPreflight {

    private final ImapProperties settings;

    ImapPreflight(ImapProperties settings) {
        this.settings = settings;
    }

    /** @throws ImapUnavailableException naming host:port when nothing answers there */
    public void verify() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()),
                    (int) settings.connectionTimeout().toMillis());
        } catch (IOException | IllegalArgumentException e) {
            throw new ImapUnavailableException("IMAP server " + settings.endpoint() + " is unreachable ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); check compliance.imap.host and compliance.imap.port", e);
        }
    }
}
