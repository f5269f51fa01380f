package vn.mailcompliance.imap.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Properties;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.SSLContext;

import org.springframework.stereotype.Component;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;

import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.MailboxScanException;

/**
 * Opens a connection to the IMAP server logged in to one mailbox with the auditor credential. The session and its
 * properties are built once; with a master user each mailbox needs its own login, so each gets its own store. In
 * login {@code shared} the auditor logs in as itself instead, once for many mailboxes ({@link #openAsAuditor}).
 */
@Component
public class ImapConnector {

    static {
        // Angus's default stream provider lookup dominates client CPU on large scans (STACK.md).
        System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private final ImapProperties settings;
    private final String protocol;
    private final Properties properties;
    private final Session session;

    public ImapConnector(ImapProperties settings) {
        this.settings = settings;
        this.protocol = settings.security() == ImapProperties.Security.SSL ? "imaps" : "imap";
        this.properties = properties(settings, protocol);
        this.session = Session.getInstance(properties);
    }

    /** The session properties every login starts from. */
    Properties sessionProperties() {
        return properties;
    }

    /** Opens a store logged in to {@code address}; the caller closes it. */
    public Store open(String address) {
        try {
            Store store;
            String user;
            if (settings.login() == ImapProperties.Login.AUTHZID) {
                // The authorization identity is read when the store is created, so it needs a session of its own.
                Properties perMailbox = new Properties();
                perMailbox.putAll(properties);
                perMailbox.put("mail." + protocol + ".sasl.enable", "true");
                perMailbox.put("mail." + protocol + ".sasl.mechanisms", "PLAIN");
                perMailbox.put("mail." + protocol + ".sasl.authorizationid", address);
                store = Session.getInstance(perMailbox).getStore(protocol);
                user = settings.masterUser();
            } else {
                store = session.getStore(protocol);
                user = address + settings.separator() + settings.masterUser();
            }
            store.connect(settings.host(), settings.port(), user, settings.masterPassword());
            return store;
        } catch (MessagingException e) {
            throw new MailboxScanException(reason(address, e), e);
        }
    }

    /** Opens a store logged in as the auditor itself, which reads other mailboxes through the shared namespace. */
    public Store openAsAuditor() {
        try {
            Store store = session.getStore(protocol);
            store.connect(settings.host(), settings.port(), settings.masterUser(), settings.masterPassword());
            return store;
        } catch (MessagingException e) {
            throw new MailboxScanException(auditorReason(e), e);
        }
    }

    /** Why the auditor's own login failed; other failures are told as for any mailbox. */
    String auditorReason(Exception e) {
        if (classify(e) == Failure.AUTHENTICATION) {
            return "login as " + settings.masterUser() + " rejected by " + settings.endpoint()
                    + " (compliance.imap.login is shared: the auditor logs in as a normal user; check"
                    + " compliance.imap.master-user and compliance.imap.master-password)";
        }
        return reason(settings.masterUser(), e);
    }

    /** What kind of failure an exception from Jakarta Mail is, judged by its cause chain. */
    public enum Failure { UNKNOWN_HOST, REFUSED, TIMEOUT, CONNECTION_LOST, TLS, AUTHENTICATION, OTHER }

    public static Failure classify(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return Failure.UNKNOWN_HOST;
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return Failure.REFUSED;
            }
            if (cause instanceof SocketTimeoutException) {
                return Failure.TIMEOUT;
            }
            if (cause instanceof SSLException) {
                return Failure.TLS;
            }
            if (cause instanceof SocketException || cause instanceof EOFException
                    || cause instanceof StoreClosedException || cause instanceof FolderClosedException) {
                return Failure.CONNECTION_LOST;
            }
        }
        return e instanceof AuthenticationFailedException ? Failure.AUTHENTICATION : Failure.OTHER;
    }

    /** Why a mailbox could not be opened or read, in words an operator can act on, without the credential. */
    public String reason(String address, Exception e) {
        String endpoint = settings.endpoint();
        return switch (classify(e)) {
            case UNKNOWN_HOST -> "cannot connect to " + endpoint + ": unknown host " + settings.host()
                    + " (check compliance.imap.host)";
            case REFUSED -> "cannot connect to " + endpoint + ": connection refused or unreachable"
                    + " (is the IMAP server running? check compliance.imap.host / port)";
            case TIMEOUT -> "timed out talking to " + endpoint + " while reading " + address
                    + " (check the network or compliance.imap.connection-timeout / read-timeout)";
            case CONNECTION_LOST -> "connection to " + endpoint + " lost while reading " + address;
            case TLS -> "TLS with " + endpoint + " failed: " + rootMessage(e)
                    + " (check compliance.imap.security and compliance.imap.trust-store)";
            case AUTHENTICATION -> "login to " + address + " as " + settings.masterUser() + " rejected by "
                    + endpoint + " (check compliance.imap.master-user / master-password / login,"
                    + " and that the mailbox exists)";
            case OTHER -> e.getClass().getSimpleName() + " reading " + address + " on " + endpoint + ": "
                    + e.getMessage();
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static Properties properties(ImapProperties settings, String protocol) {
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put(p + "connectiontimeout", String.valueOf(settings.connectionTimeout().toMillis()));
        props.put(p + "timeout", String.valueOf(settings.readTimeout().toMillis()));
        props.put(p + "writetimeout", String.valueOf(settings.writeTimeout().toMillis()));
        props.put(p + "peek", "true");
        props.put(p + "partialfetch", "false");
        props.put(p + "fetchsize", "16384");
        // Raw UTF-8 header fields (RFC 6532, common in Vietnamese mail) are UTF-8, not Latin-1.
        props.put("mail.mime.allowutf8", "true");
        switch (settings.security()) {
            case SSL -> tls(settings, props, p);
            case STARTTLS -> {
                props.put(p + "starttls.enable", "true");
                props.put(p + "starttls.required", "true");
                tls(settings, props, p);
            }
            case NONE -> props.put(p + "auth.plain.disable", "false");
        }
        return props;
    }

    private static void tls(ImapProperties settings, Properties props, String p) {
        props.put(p + "ssl.checkserveridentity", "true");
        if (settings.trustStore().path() != null) {
            props.put(p + "ssl.socketFactory", socketFactory(settings.trustStore()));
        }
    }

    /**
     * The TLS sockets of the IMAP settings' trust store (the JVM's default trust without one), for the other
     * protocols of the same server (ManageSieve).
     */
    public static SSLSocketFactory tlsSockets(ImapProperties settings) {
        return settings.trustStore().path() == null ? (SSLSocketFactory) SSLSocketFactory.getDefault()
                : socketFactory(settings.trustStore());
    }

    private static SSLSocketFactory socketFactory(ImapProperties.TrustStore trustStore) {
        try (InputStream in = Files.newInputStream(trustStore.path())) {
            KeyStore keyStore = KeyStore.getInstance(trustStore.type());
            char[] password = trustStore.password() == null ? null : trustStore.password().toCharArray();
            keyStore.load(in, password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("compliance.imap.trust-store.path " + trustStore.path()
                    + " cannot be read as a " + trustStore.type() + " trust store: " + e.getMessage()
                    + " (check the file, compliance.imap.trust-store.type and password)", e);
        }
    }
}
