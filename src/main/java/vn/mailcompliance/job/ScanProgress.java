package vn.mailcompliance.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ScanOutcome;

/**
 * Shows how the mailbox scan advances: mailboxes done of total, rate and time left — a progress bar on a terminal,
 * a log line every few seconds otherwise — and a one-screen summary at the end.
 */
@Component
class ScanProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ScanProgress.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int BAR_WIDTH = 30;

    private final Evaluation evaluation;
    private final CoverageRepository coverage;
    private final boolean terminal = System.console() != null;
    private final PrintStream out = System.out;

    private final AtomicInteger scanned = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong lastShown = new AtomicLong();
    private volatile int total;
    private volatile int alreadyScanned;
    private volatile long startedNanos;
    /** False on a remote-scan worker, which runs partitions of a scan step started on another machine. */
    private volatile boolean running;

    ScanProgress(Evaluation evaluation, CoverageRepository coverage) {
        this.evaluation = evaluation;
        this.coverage = coverage;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        scanned.set(0);
        failed.set(0);
        alreadyScanned = coverage.scannedInInstance(stepExecution.getJobExecution().getJobInstanceId()).size();
        total = Math.max(0, evaluation.directory().scannableAddresses().size() - alreadyScanned);
        startedNanos = System.nanoTime();
        lastShown.set(startedNanos);
        running = true;
        log.info("Scanning {} mailboxes over IMAP{}", total,
                alreadyScanned > 0 ? " (" + alreadyScanned + " already scanned by an earlier attempt)" : "");
    }

    void done(ScanOutcome outcome) {
        if (!running) {
            return;
        }
        (outcome.status() == ScanOutcome.Status.SCANNED ? scanned : failed).incrementAndGet();
        long now = System.nanoTime();
        long last = lastShown.get();
        int done = scanned.get() + failed.get();
        if (terminal) {
            show(bar(done, now));
        } else if ((now - last >= LOG_EVERY_NANOS || done == total) && lastShown.compareAndSet(last, now)) {
            log.info(line(done, now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        running = false;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        if (terminal) {
            out.println();
        }
        // From the coverage rows rather than this process's counters: with a remote scan, workers did the scanning.
        List<ScanOutcome> outcomes = coverage.forJobExecution(stepExecution.getJobExecutionId());
        long failedNow = outcomes.stream().filter(o -> o.status() == ScanOutcome.Status.FAILED).count();
        int done = outcomes.size();
        String summary = String.join(System.lineSeparator(),
                "Mailbox scan finished in " + format(elapsed),
                "  scanned   " + (done - failedNow) + (alreadyScanned > 0 ? " (+" + alreadyScanned + " earlier)" : ""),
                "  failed    " + failedNow,
                "  skipped   " + (evaluation.directory().accounts().size()
                        - evaluation.directory().scannableAddresses().size())
                        + " (disabled or group mailboxes)",
                "  messages  " + outcomes.stream().mapToLong(ScanOutcome::messages).sum() + " ("
                        + outcomes.stream().mapToLong(ScanOutcome::malformed).sum() + " malformed)",
                "  rate      " + String.format("%.1f mailboxes/s", rate(done, elapsed)));
        log.info(summary);
        return stepExecution.getExitStatus();
    }

    private String line(int done, long now) {
        Duration elapsed = Duration.ofNanos(now - startedNanos);
        return String.format("Scanned %d of %d mailboxes (%d failed), %.1f/s, about %s left", done, total,
                failed.get(), rate(done, elapsed), format(left(done, elapsed)));
    }

    private String bar(int done, long now) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        return "\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + line(done, now);
    }

    private synchronized void show(String text) {
        out.print(text);
        out.flush();
    }

    private Duration left(int done, Duration elapsed) {
        return done == 0 ? Duration.ZERO : elapsed.multipliedBy(Math.max(0, total - done)).dividedBy(done);
    }

    private static double rate(int done, Duration elapsed) {
        return elapsed.isZero() ? 0 : done * 1000.0 / Math.max(1, elapsed.toMillis());
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
