package vn.mailcompliance.sentmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import vn.mailcompliance.testsupport.SmimeSamples;

class MessageSecurityTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    static SmimeSamples samples;

    @BeforeAll
    static void makeSamples() {
        samples = new SmimeSamples();
    }

    @AfterAll
    static void removeSamples() throws IOException {
        samples.close();
    }

    /** The top-level Content-Type as the scan fetches it: the header field, unfolded. */
    private static MessageSecurity classify(String message) throws Exception {
        return classify(message.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageSecurity classify(byte[] message) throws Exception {
        MimeMessage parsed = new MimeMessage(SESSION, new ByteArrayInputStream(message));
        String[] contentType = parsed.getHeader("Content-Type");
        return MessageSecurity.of(contentType == null ? null : contentType[0].replaceAll("\r?\n", ""));
    }

    @Test
    void detachedSignaturesInBothSpellingsAreSmimeSigned() throws Exception {
        String legacy = samples.signedDetachedLegacy();
        String current = samples.signedDetached();

        assertThat(legacy).contains("protocol=\"application/x-pkcs7-signature\"");
        assertThat(current).contains("protocol=\"application/pkcs7-signature\"");
        assertThat(samples.verifies(legacy)).isTrue();
        assertThat(samples.verifies(current)).isTrue();
        assertThat(classify(legacy)).isEqualTo(MessageSecurity.SMIME_SIGNED);
        assertThat(classify(current)).isEqualTo(MessageSecurity.SMIME_SIGNED);
    }

    @Test
    void opaqueSignedDataInBothSpellingsIsSmimeSigned() throws Exception {
        String legacy = samples.signedOpaqueLegacy();
        String current = samples.signedOpaque();

        assertThat(legacy).contains("application/x-pkcs7-mime; smime-type=signed-data");
        assertThat(current).contains("application/pkcs7-mime; smime-type=signed-data");
        assertThat(samples.verifies(legacy)).isTrue();
        assertThat(classify(legacy)).isEqualTo(MessageSecurity.SMIME_SIGNED);
        assertThat(classify(current)).isEqualTo(MessageSecurity.SMIME_SIGNED);
    }

    @Test
    void envelopedDataInBothSpellingsIsSmimeEncryptedNotSigned() throws Exception {
        String legacy = samples.encryptedLegacy();
        String current = samples.encrypted();

        assertThat(legacy).contains("smime-type=enveloped-data");
        assertThat(samples.verifies(legacy)).isFalse();
        assertThat(classify(legacy)).isEqualTo(MessageSecurity.SMIME_ENCRYPTED);
        assertThat(classify(current)).isEqualTo(MessageSecurity.SMIME_ENCRYPTED);
    }

    @Test
    void openPgpIsNotedApartFromSmime() {
        assertThat(MessageSecurity.of("multipart/signed; micalg=pgp-sha256;\t protocol=\"application/pgp-signature\";"
                + " boundary=\"b1\"")).isEqualTo(MessageSecurity.OPENPGP_SIGNED);
        assertThat(MessageSecurity.of("multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=b2"))
                .isEqualTo(MessageSecurity.OPENPGP_ENCRYPTED);
    }

    @Test
    void typesAndParametersAreCaseInsensitiveAndOlderClientsOmitTheSmimeType() {
        assertThat(MessageSecurity.of("Multipart/Signed; Protocol=\"Application/PKCS7-Signature\"; boundary=x"))
                .isEqualTo(MessageSecurity.SMIME_SIGNED);
        assertThat(MessageSecurity.of("application/x-pkcs7-mime; name=smime.p7m"))
                .isEqualTo(MessageSecurity.SMIME_ENCRYPTED);
        assertThat(MessageSecurity.of("application/pkcs7-mime; smime-type=certs-only; name=smime.p7c"))
                .isEqualTo(MessageSecurity.NONE);
    }

    @Test
    void plainMissingAndBrokenContentTypesAreNotSigned() {
        assertThat(MessageSecurity.of(null)).isEqualTo(MessageSecurity.NONE);
        assertThat(MessageSecurity.of("text/plain; charset=utf-8")).isEqualTo(MessageSecurity.NONE);
        assertThat(MessageSecurity.of("multipart/signed; boundary=x")).isEqualTo(MessageSecurity.NONE);
        assertThat(MessageSecurity.of("multipart/signed; protocol=\"unterminated")).isEqualTo(MessageSecurity.NONE);
        assertThat(MessageSecurity.malformed("multipart/signed; protocol=\"unterminated")).isTrue();
        assertThat(MessageSecurity.malformed("text/plain")).isFalse();
    }

    /**
     * The GnuPG release announcement went through a mailing list that wrapped the author's PGP/MIME message in a
     * multipart/mixed: the signature is not the sender's top-level one, so it is not counted as such.
     */
    @Test
    void aSignatureWrappedByAMailingListIsNotTheSendersOwn() throws Exception {
        byte[] gnupg = Files.readAllBytes(corpus().resolve("other/newsletters/MimeKit__Announce_GnuPG_2.1.20_released.eml"));

        assertThat(new String(gnupg, StandardCharsets.ISO_8859_1)).contains("application/pgp-signature");
        assertThat(classify(gnupg)).isEqualTo(MessageSecurity.NONE);
    }

    @Test
    void noMessageOfTheCorpusIsTakenForASignedOneNorBreaksTheClassifier() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus())) {
            files = walk.filter(f -> f.toString().endsWith(".eml")).toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage parsed = new MimeMessage(SESSION, in);
                String[] contentType = parsed.getHeader("Content-Type");
                assertThat(MessageSecurity.of(contentType == null ? null : contentType[0]))
                        .as(file.toString()).isEqualTo(MessageSecurity.NONE);
            }
        }
    }

    private static Path corpus() throws Exception {
        return Paths.get(MessageSecurityTest.class.getResource("/corpus/NOTICE.md").toURI()).getParent();
    }
}
