package vn.mailcompliance.imap;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;

import vn.mailcompliance.imap.internal.ImapConnector;

/**
 * The entry point of {@code scripts/bench} (not a product command): runs the product's own IMAP engine without Spring
 * over the mailboxes listed in a file, so its time can be set against {@code doveadm} doing the same work.
 * <pre>
 * java -cp mailbox-compliance.jar -Dloader.main=vn.mailcompliance.imap.ScanBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher \
 *      MODE ADDRESSES WATERMARKS HOST PORT PASSWORD THREADS [warm [PASSES]]
 * </pre>
 * MODE: {@code daily} (unread state of each mailbox's INBOX, as the daily job reads it), {@code daily-shared} (the
 * same with login {@code shared}: the auditor logs in once and reads the shared namespace), {@code full} (every header
 * of every folder, watermarks written), {@code full-shared} (the same with login {@code shared}: one auditor login per
 * thread, kept for the pass), {@code incremental} (only what is above the watermarks, which are rewritten),
 * {@code incremental-shared} (the same with login {@code shared}: one auditor login per thread, kept for the pass)
 * or {@code login} (log in and out only: the floor of an incremental pass). With {@code warm} an untimed pass of the
 * same work (a full scan of a tenth of the mailboxes before an incremental one) warms the JVM first. PASSES (default
 * 1; not for {@code full} and {@code incremental}, which change the watermarks) times that many passes after as many
 * untimed ones and prints the median, as a long-running {@code serve} process runs the daily check. Prints one line:
 * {@code MODE mailboxes=N messages=M sent=S signed=G failed=F ms=T peak-heap-mb=H} (S of the M read in sent folders, G of
 * those S/MIME signed).
 */
public final class ScanBenchmark {

    private final MailboxScanner scanner;
    private final ImapConnector connector;
    private final int threads;

    private ScanBenchmark(ImapProperties settings, int threads) {
        this.connector = new ImapConnector(settings);
        this.scanner = new MailboxScanner(connector, settings);
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        List<String> addresses = Files.readAllLines(Path.of(args[1])).stream().filter(a -> !a.isBlank()).toList();
        Path watermarkFile = Path.of(args[2]);
        ImapProperties.Login login = mode.endsWith("-shared")
                ? ImapProperties.Login.SHARED : ImapProperties.Login.SEPARATOR;
        ImapProperties settings = new ImapProperties(args[3], Integer.parseInt(args[4]), ImapProperties.Security.NONE,
                "auditor", args[5], login, "*", "shared/", Integer.parseInt(args[6]),
                new ImapProperties.TrustStore(null, null, "PKCS12"), Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofSeconds(60), new ImapProperties.Retry(1, Duration.ofSeconds(1)), 0.2, 500, List.of());
        boolean incremental = mode.startsWith("incremental");
        // The daily check reads with dailyWorkers(); the monthly scan with threads() partitions in either login.
        ScanBenchmark benchmark = new ScanBenchmark(settings,
                mode.startsWith("daily") ? settings.dailyWorkers() : settings.threads());
        Map<String, Map<String, Watermark>> watermarks = incremental ? readWatermarks(watermarkFile) : Map.of();
        boolean warm = args.length > 7 && args[7].equals("warm");
        // Passes without side effects (daily, login) can be timed several times; the median is printed.
        int timedPasses = args.length > 8 && !incremental && !mode.startsWith("full") ? Integer.parseInt(args[8]) : 1;
        if (warm && incremental) {
            // Warms the scan's code paths on a tenth of the mailboxes without touching the stored watermarks.
            benchmark.pass("full", addresses.subList(0, Math.max(1, addresses.size() / 10)), Map.of());
        } else if (warm) {
            for (int i = 0; i < timedPasses; i++) {
                benchmark.pass(mode, addresses, watermarks);
            }
        }
        List<Long> times = new ArrayList<>();
        Pass pass = null;
        for (int i = 0; i < timedPasses; i++) {
            long start = System.nanoTime();
            pass = benchmark.pass(mode, addresses, watermarks);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        long millis = times.stream().sorted().toList().get(timedPasses / 2);
        if (mode.startsWith("full") || incremental) {
            writeWatermarks(watermarkFile, pass.watermarks());
        }
        System.out.printf("%s mailboxes=%d messages=%d sent=%d signed=%d failed=%d ms=%d peak-heap-mb=%d%n", mode,
                addresses.size(), pass.messages().get(), pass.sent().get(), pass.signed().get(), pass.failed().get(),
                millis, peakHeapMegabytes());
    }

    /** @param sent of the messages, those read in a sent folder; @param signed of those, S/MIME signed */
    private record Pass(AtomicLong messages, AtomicLong sent, AtomicLong signed, AtomicLong failed,
                        Map<String, Map<String, Watermark>> watermarks) {

        void count(List<MessageHeader> batch) {
            messages.addAndGet(batch.size());
            for (MessageHeader header : batch) {
                if (header.sent() != null) {
                    sent.incrementAndGet();
                    String type = header.sent().contentType();
                    if (type != null && (type.contains("pkcs7-signature") || type.contains("signed-data"))) {
                        signed.incrementAndGet();
                    }
                }
            }
        }
    }

    private Pass pass(String mode, List<String> addresses, Map<String, Map<String, Watermark>> watermarks)
            throws Exception {
        Pass pass = new Pass(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(),
                new ConcurrentHashMap<>());
        Instant asOf = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        MailboxAccess access = scanner.access();
        List<Future<?>> work = new ArrayList<>();
        for (String address : addresses) {
            work.add(pool.submit(() -> {
                try {
                    switch (mode) {
                        case "daily", "daily-shared" -> pass.messages().addAndGet(
                                access.unread(address, "INBOX", asOf).unreadArrivals().size());
                        case "login" -> connector.open(address).close();
                        default -> pass.watermarks().put(address, access.scanHeaders(address,
                                watermarks.getOrDefault(address, Map.of()), Instant.EPOCH, asOf,
                                (mailbox, batch) -> pass.count(batch)).watermarks());
                    }
                } catch (MailboxScanException | MessagingException e) {
                    pass.failed().incrementAndGet();
                    System.err.println(address + ": " + e.getMessage());
                }
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        access.close();
        return pass;
    }

    private static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    private static Map<String, Map<String, Watermark>> readWatermarks(Path file) throws IOException {
        Map<String, Map<String, Watermark>> all = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            all.computeIfAbsent(f[0], k -> new HashMap<>())
                    .put(f[1], new Watermark(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
        return all;
    }

    private static void writeWatermarks(Path file, Map<String, Map<String, Watermark>> all) throws IOException {
        StringBuilder text = new StringBuilder();
        all.forEach((address, folders) -> folders.values().forEach(w -> text.append(address).append('\t')
                .append(w.folder()).append('\t').append(w.uidValidity()).append('\t').append(w.lastUid())
                .append('\n')));
        Files.writeString(file, text);
    }
}
