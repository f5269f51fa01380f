package vn.mailcompliance.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import vn.mailcompliance.report.Letter;

/** S/MIME signatures of mail received over SMTP, verified against the sender's certificate with BouncyCastle. */
class MailSignerTest {

    private static final String PASSWORD = "changeit";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path dir;

    private static Path keystore;
    private static X509Certificate certificate;
    private static X509Certificate otherCertificate;

    @BeforeAll
    static void senderKey() throws Exception {
        KeyPair keys = keyPair();
        certificate = selfSigned(keys, "CN=Trung tam CNTT, O=Bo KHCN, EMAILADDRESS=ttcntt@most.gov.vn");
        otherCertificate = selfSigned(keyPair(), "CN=Someone else");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("ttcntt", keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
        keystore = dir.resolve("signing.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    @Test
    void aDeliveredReportIsSignedAndItsSignatureVerifiesAgainstTheSendersCertificate() throws Exception {
        Path workbook = Files.write(dir.resolve("mailbox-compliance-2026-10.xlsx"), new byte[] {1, 2, 3});
        ReportMailer mailer = new ReportMailer(
                new DeliveryProperties(true, "ttcntt@most.gov.vn", List.of("lanhdao@most.gov.vn"), Map.of()), sender(),
                new MailSigner(new SigningProperties(keystore, PASSWORD, null)));

        mailer.deliver(new Letter(null, null, "Báo cáo tuân thủ tháng 10/2026 — Bộ Khoa học và Công nghệ", "Kính gửi Lãnh đạo,",
                workbook), List.of());

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/signed")
                .contains("application/pkcs7-signature");
        SignerInformation signer = signerOf(received);
        assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
        assertThat(verifies(signer, otherCertificate)).isFalse();
        assertThat(received.getSubject()).contains("tháng 10/2026");
        BodyPart signedContent = ((Multipart) received.getContent()).getBodyPart(0);
        Multipart report = (Multipart) signedContent.getContent();
        assertThat(report.getCount()).isEqualTo(2);
    }

    @Test
    void withoutAKeystoreMailIsSentUnsigned() throws Exception {
        Path workbook = Files.write(dir.resolve("w.xlsx"), new byte[] {1});
        MailSigner signer = new MailSigner(new SigningProperties(null, null, null));
        new ReportMailer(new DeliveryProperties(true, "ttcntt@most.gov.vn", List.of("lanhdao@most.gov.vn"), Map.of()),
                sender(), signer).deliver(new Letter(null, null, "Báo cáo tháng 10/2026", "Kính gửi Lãnh đạo,", workbook),
                List.of());

        assertThat(signer.enabled()).isFalse();
        assertThat(smtp.getReceivedMessages()[0].getContentType()).startsWith("multipart/mixed");
    }

    @Test
    void aWrongKeystorePasswordNamesTheSetting() {
        assertThatThrownBy(() -> new MailSigner(new SigningProperties(keystore, "wrong", null)))
                .hasMessageContaining("compliance.mail.signing.keystore");
    }

    private static boolean verifies(SignerInformation signer, X509Certificate candidate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(candidate));
        } catch (Exception e) {
            return false;
        }
    }

    private static SignerInformation signerOf(MimeMessage message) throws Exception {
        SMIMESigned signed = new SMIMESigned((MimeMultipart) message.getContent());
        X509CertificateHolder carried = (X509CertificateHolder) signed.getCertificates().getMatches(null)
                .iterator().next();
        assertThat(carried.getEncoded()).isEqualTo(certificate.getEncoded());
        return signed.getSignerInfos().getSigners().iterator().next();
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
    }

    private static KeyPair keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair keys, String subject) throws Exception {
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name,
                keys.getPublic());
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }
}
