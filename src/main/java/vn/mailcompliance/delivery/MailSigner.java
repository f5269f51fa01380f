package vn.mailcompliance.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Signs outgoing mail with S/MIME (multipart/signed, SHA-256 with the key of {@code compliance.mail.signing.keystore})
 * when a keystore is set; otherwise leaves it as it is. Applied to any message just before it is sent.
 */
@Component
public class MailSigner {

    private final Key key;

    MailSigner(SigningProperties settings) {
        this.key = settings.keystore() == null || settings.keystore().toString().isBlank() ? null : load(settings);
    }

    public boolean enabled() {
        return key != null;
    }

    /** Replaces the message's content with its signed form; the headers (From, To, Subject) stay. */
    public void sign(MimeMessage message) throws MessagingException {
        if (key == null) {
            return;
        }
        message.saveChanges();
        MimeBodyPart content = new MimeBodyPart();
        Object body;
        try {
            body = message.getContent();
        } catch (IOException e) {
            throw new MessagingException("Cannot read the message to sign it", e);
        }
        if (body instanceof Multipart multipart) {
            content.setContent(multipart);
        } else {
            content.setContent(body, message.getContentType());
            String encoding = message.getEncoding();
            if (encoding != null) {
                content.setHeader("Content-Transfer-Encoding", encoding);
            }
        }
        try {
            SMIMESignedGenerator generator = new SMIMESignedGenerator();
            generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .build(key.algorithm(), key.privateKey(), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            MimeMultipart signed = generator.generate(content);
            message.setContent(signed, signed.getContentType());
            message.saveChanges();
        } catch (SMIMEException | OperatorCreationException | GeneralSecurityException e) {
            throw new MessagingException("Cannot sign the message with S/MIME: " + e.getMessage(), e);
        }
    }

    private static Key load(SigningProperties settings) {
        char[] password = settings.password() == null ? new char[0] : settings.password().toCharArray();
        try (InputStream in = Files.newInputStream(settings.keystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = settings.alias() == null || settings.alias().isBlank()
                    ? Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("compliance.mail.signing.keystore "
                            + settings.keystore() + " holds no private key"))
                    : settings.alias();
            if (!(store.getKey(alias, password) instanceof PrivateKey privateKey)) {
                throw new IllegalStateException("compliance.mail.signing.keystore " + settings.keystore()
                        + " has no private key under alias '" + alias + "' (compliance.mail.signing.alias)");
            }
            Certificate[] chain = store.getCertificateChain(alias);
            X509Certificate certificate = (X509Certificate) chain[0];
            String algorithm = privateKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            return new Key(privateKey, certificate, Arrays.asList(chain), algorithm);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the signing keystore compliance.mail.signing.keystore="
                    + settings.keystore() + " (PKCS#12, password from compliance.mail.signing.password): "
                    + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private record Key(PrivateKey privateKey, X509Certificate certificate, List<Certificate> chain,
                       String algorithm) {
    }
}
