package vn.mailcompliance.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import vn.mailcompliance.testsupport.DovecotServer;

/**
 * A mailbox far larger than one FETCH batch is scanned by the packaged engine in a child JVM whose heap could not
 * hold every message's headers at once: what a batch fetched must be let go before the next. The heap figure for a
 * 100,000-message mailbox is the benchmark's (README).
 */
class LargeMailboxIT {

    private static final Path JAR = Path.of("target/mailbox-compliance.jar").toAbsolutePath();
    private static final String ADDRESS = "lon@most.gov.vn";
    private static final int MESSAGES = 30_000;
    /** A heap in which the headers of every message of the mailbox, kept at once, do not fit. */
    private static final String HEAP = "-Xmx40m";

    @RegisterExtension
    static DovecotServer dovecot = new DovecotServer();

    @TempDir
    Path workDir;

    @Test
    void aMailboxOfThirtyThousandMessagesIsScannedInBatchesWithinAHeapTooSmallToHoldThemAll() throws Exception {
        dovecot.addUser(ADDRESS);
        Instant first = Instant.parse("2026-01-01T01:00:00Z");
        for (int i = 0; i < MESSAGES; i++) {
            dovecot.deliver(ADDRESS, "INBOX", message(i), first.plus(Duration.ofMinutes(i)), i % 3 == 0);
        }
        Files.writeString(workDir.resolve("addresses.txt"), ADDRESS + "\n");
        Path output = workDir.resolve("scan.txt");

        Process scan = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", JAR.toString(), "-Dloader.main=" + ScanBenchmark.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", "full",
                workDir.resolve("addresses.txt").toString(), workDir.resolve("watermarks.txt").toString(),
                dovecot.host(), String.valueOf(dovecot.port()), dovecot.masterPassword(), "1"))
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(scan.waitFor(5, TimeUnit.MINUTES)).as("the scan finished").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(scan.exitValue()).as(printed).isZero();
        assertThat(printed).contains("full mailboxes=1 messages=" + MESSAGES + " ").contains(" failed=0 ");
    }

    /** Headers of the size real notification mail has, and a body the scan never fetches. */
    private static String message(int n) {
        return "Return-Path: <bounce-" + n + "@mail.shopee.vn>\n"
                + "Authentication-Results: mx.most.gov.vn; dkim=pass header.d=shopee.vn header.s=s1;"
                + " spf=pass smtp.mailfrom=mail.shopee.vn; dmarc=pass header.from=shopee.vn\n"
                + "From: \"Shopee Viet Nam\" <no-reply@shopee.vn>\n"
                + "To: \"Nguyen Van Lon\" <lon@most.gov.vn>\n"
                + "Cc: \"Phong Ke hoach\" <kehoach@most.gov.vn>, \"Van phong\" <vanphong@most.gov.vn>\n"
                + "Subject: =?UTF-8?B?WMOhYyBuaOG6rW4gxJHGoW4gaMOgbmcgc+G7kSA=?=" + n + "\n"
                + "Message-ID: <" + n + ".notification@mail.shopee.vn>\n"
                + "Date: Thu, 1 Jan 2026 08:00:00 +0700\n\n"
                + "Body of message " + n + "\n";
    }
}
