package vn.mailcompliance.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real S/MIME messages made by openssl (installed by {@code scripts/setup-test-env}) with a fresh self-signed
 * certificate: signed detached and opaque, encrypted, each in both spellings clients write ({@code openssl smime}
 * writes the {@code x-} types of Outlook and older clients, {@code openssl cms} the RFC 8551 ones).
 */
public final class SmimeSamples implements AutoCloseable {

    private static final String BODY = "Content-Type: text/plain; charset=utf-8\r\n\r\nKính gửi Văn phòng Bộ,\r\n"
            + "Đề nghị cung cấp số liệu quý IV.\r\n";

    private final Path dir;

    public SmimeSamples() {
        try {
            dir = Files.createTempDirectory("smime-");
            Files.writeString(dir.resolve("body.txt"), BODY, StandardCharsets.UTF_8);
            openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
                    "-days", "30", "-subj", "/CN=Nguyen Van An/emailAddress=an.nguyen@most.gov.vn");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code multipart/signed; protocol="application/x-pkcs7-signature"}. */
    public String signedDetachedLegacy() {
        return headers() + openssl("smime", "-sign", "-in", "body.txt", "-signer", "cert.pem", "-inkey", "key.pem");
    }

    /** {@code multipart/signed; protocol="application/pkcs7-signature"}. */
    public String signedDetached() {
        return headers() + openssl("cms", "-sign", "-in", "body.txt", "-signer", "cert.pem", "-inkey", "key.pem");
    }

    /** {@code application/x-pkcs7-mime; smime-type=signed-data}. */
    public String signedOpaqueLegacy() {
        return headers() + openssl("smime", "-sign", "-nodetach", "-in", "body.txt", "-signer", "cert.pem",
                "-inkey", "key.pem");
    }

    /** {@code application/pkcs7-mime; smime-type=signed-data}. */
    public String signedOpaque() {
        return headers() + openssl("cms", "-sign", "-nodetach", "-in", "body.txt", "-signer", "cert.pem",
                "-inkey", "key.pem");
    }

    /** {@code application/x-pkcs7-mime; smime-type=enveloped-data}. */
    public String encryptedLegacy() {
        return headers() + openssl("smime", "-encrypt", "-aes256", "-in", "body.txt", "cert.pem");
    }

    /** {@code application/pkcs7-mime; smime-type=enveloped-data}. */
    public String encrypted() {
        return headers() + openssl("cms", "-encrypt", "-aes256", "-in", "body.txt", "cert.pem");
    }

    /** Whether openssl verifies the message's signature (the certificate trusted as its own issuer). */
    public boolean verifies(String message) {
        try {
            Files.writeString(dir.resolve("verify.eml"), message, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("openssl", "smime", "-verify", "-in", "verify.eml", "-CAfile", "cert.pem",
                    "-out", "/dev/null").directory(dir.toFile()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String headers() {
        return "From: Nguyễn Văn An <an.nguyen@most.gov.vn>\r\nTo: vanphong@most.gov.vn\r\n"
                + "Subject: =?UTF-8?B?QsOhbyBjw6FvIHF1w70gSVY=?=\r\nDate: Tue, 3 Nov 2026 09:00:00 +0700\r\n";
    }

    /** {@code message} (one of the samples) with its From, To and Subject replaced, as a client sending it would. */
    public static String addressed(String message, String from, String to, String subject) {
        return message.replaceFirst("From: [^\r]*\r\n", "From: " + from + "\r\n")
                .replaceFirst("To: [^\r]*\r\n", "To: " + to + "\r\n")
                .replaceFirst("Subject: [^\r]*\r\n", "Subject: " + subject + "\r\n");
    }

    private String openssl(String... args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(
                    dir.resolve("stderr.txt").toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: "
                        + Files.readString(dir.resolve("stderr.txt")) + " (run scripts/setup-test-env)");
            }
            return out.replace("\r\n", "\n").replace("\n", "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("openssl is missing: run scripts/setup-test-env", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
