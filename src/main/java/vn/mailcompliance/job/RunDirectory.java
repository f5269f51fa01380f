package vn.mailcompliance.job;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.stereotype.Component;

import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.directory.DirectorySnapshot;

/**
 * The directory of one job execution, read from the product's database once, at its first use after the sync step,
 * and handed to every step that needs it (partitioner, checks, report) instead of each reading all accounts again.
 */
@Component
@JobScope
class RunDirectory {

    private final DirectoryRepository directory;
    private volatile DirectorySnapshot snapshot;

    RunDirectory(DirectoryRepository directory) {
        this.directory = directory;
    }

    DirectorySnapshot snapshot() {
        DirectorySnapshot read = snapshot;
        if (read == null) {
            synchronized (this) {
                read = snapshot;
                if (read == null) {
                    read = directory.snapshot();
                    snapshot = read;
                }
            }
        }
        return read;
    }
}
