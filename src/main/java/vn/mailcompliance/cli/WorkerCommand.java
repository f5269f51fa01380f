package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.mailcompliance.job.ScanWorker;

/** {@code worker}: scans the partitions of remote mailbox scans until the process is stopped. */
@Component
class WorkerCommand {

    private final ObjectProvider<ScanWorker> worker;

    /** Optional because the worker exists only with compliance.scan.remote.enabled, which SettingsCheck requires. */
    WorkerCommand(ObjectProvider<ScanWorker> worker) {
        this.worker = worker;
    }

    int run(PrintStream out) {
        ScanWorker scanWorker = worker.getObject();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scanWorker.stop();
            stopped.countDown();
        }));
        scanWorker.start();
        out.println("Worker started; waiting for mailbox scan partitions (stop with Ctrl+C or SIGTERM).");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return CommandLine.DONE;
    }
}
