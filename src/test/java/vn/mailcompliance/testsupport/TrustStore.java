package vn.mailcompliance.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A PKCS12 trust store holding only the self-signed certificate of a test server with TLS
 * ({@link DovecotServer#withTls()}, {@link SlapdServer}).
 * Give it to the IMAP client the way an operator would ({@code path}, {@code password}, type {@value #TYPE}),
 * or take a ready {@link #sslContext()}.
 */
public record TrustStore(Path path, String password) {

    public static final String TYPE = "PKCS12";

    private static final Duration OPENSSL_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Makes a self-signed certificate for 127.0.0.1 and localhost with openssl, as {@code cert.pem} and
     * {@code key.pem} (owner-only) in {@code dir} for a test server, and the trust store that trusts only it.
     */
    static TrustStore selfSigned(Path dir, String alias) throws IOException {
        Files.createDirectories(dir);
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        LocalProcesses.Result result = LocalProcesses.run(List.of("openssl", "req", "-x509", "-newkey", "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "7",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", key.toString(), "-out", cert.toString()), OPENSSL_TIMEOUT);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("openssl could not create a certificate: " + result.stderr());
        }
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        String password = LocalProcesses.randomPassword();
        Path store = dir.resolve("truststore.p12");
        try (InputStream in = Files.newInputStream(cert); OutputStream out = Files.newOutputStream(store)) {
            Certificate certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore keyStore = KeyStore.getInstance(TYPE);
            keyStore.load(null, null);
            keyStore.setCertificateEntry(alias, certificate);
            keyStore.store(out, password.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust store", e);
        }
        return new TrustStore(store, password);
    }

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
