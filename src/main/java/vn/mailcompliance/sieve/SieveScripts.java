package vn.mailcompliance.sieve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import javax.net.ssl.SSLSocketFactory;

import org.springframework.stereotype.Component;

import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.sieve.internal.ManageSieveClient;

/**
 * Reads a mailbox's active Sieve script from where {@code compliance.sieve.source} says, read-only: over ManageSieve
 * with the auditor credential (as the IMAP login: {@code user*auditor}, or SASL PLAIN with the mailbox as
 * authorization identity for logins {@code authzid} and {@code shared}; STARTTLS unless {@code compliance.imap.security}
 * is {@code none}) or from a file of the mail store.
 */
@Component
class SieveScripts {

    /** An active script: its name and text. */
    public record ActiveScript(String name, String text) {
    }

    private final SieveProperties settings;
    private final ImapProperties imap;
    /** Built once, at the first ManageSieve connection over TLS (it reads the trust store); not kept when it fails. */
    private volatile SSLSocketFactory tls;

    SieveScripts(SieveProperties settings, ImapProperties imap) {
        this.settings = settings;
        this.imap = imap;
    }

    public boolean enabled() {
        return settings.source() != SieveProperties.Source.NONE;
    }

    /** The mailbox's active script, if it has one. */
    public Optional<ActiveScript> activeScript(String address) throws IOException {
        return switch (settings.source()) {
            case NONE -> Optional.empty();
            case FILE -> fromFile(address);
            case MANAGESIEVE -> overManageSieve(address);
        };
    }

    private Optional<ActiveScript> fromFile(String address) throws IOException {
        int at = address.indexOf('@');
        Path path = Path.of(settings.activeScript().replace("%u", address)
                .replace("%d", address.substring(at + 1)).replace("%n", address.substring(0, at)));
        try {
            return Optional.of(new ActiveScript(path.getFileName().toString(),
                    Files.readString(path, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private Optional<ActiveScript> overManageSieve(String address) throws IOException {
        SSLSocketFactory tls = imap.security() == ImapProperties.Security.NONE ? null : tlsSockets();
        try (ManageSieveClient client = ManageSieveClient.connect(imap.host(), settings.port(),
                imap.connectionTimeout(), imap.readTimeout(), tls)) {
            if (imap.login() == ImapProperties.Login.SEPARATOR) {
                client.authenticatePlain("", address + imap.separator() + imap.masterUser(), imap.masterPassword());
            } else {
                client.authenticatePlain(address, imap.masterUser(), imap.masterPassword());
            }
            Optional<ManageSieveClient.Script> active = client.activeScript();
            if (active.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ActiveScript(active.get().name(), client.getScript(active.get().name())));
        }
    }

    private SSLSocketFactory tlsSockets() {
        SSLSocketFactory sockets = tls;
        if (sockets == null) {
            synchronized (this) {
                sockets = tls;
                if (sockets == null) {
                    sockets = imap.tlsSocketFactory();
                    tls = sockets;
                }
            }
        }
        return sockets;
    }

    /** Where the scripts are read, for messages and the Method sheet. */
    public String describe() {
        return switch (settings.source()) {
            case NONE -> "not read";
            case FILE -> "file " + settings.activeScript();
            case MANAGESIEVE -> "ManageSieve " + imap.host() + ":" + settings.port();
        };
    }
}
