package vn.mailcompliance.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A PKCS12 trust store holding only the self-signed certificate of a {@link DovecotServer#withTls()} instance.
 * Give it to the IMAP client the way an operator would ({@code path}, {@code password}, type {@value #TYPE}),
 * or take a ready {@link #sslContext()}.
 */
public record TrustStore(Path path, String password) {

    public static final String TYPE = "PKCS12";

    public String type() {
        return TYPE;
    }

    public KeyStore load() {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore ks = KeyStore.getInstance(TYPE);
            ks.load(in, password.toCharArray());
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read trust store " + path, e);
        }
    }

    /** A TLS context that trusts this certificate and nothing else. */
    public SSLContext sslContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an SSLContext from " + path, e);
        }
    }
}
