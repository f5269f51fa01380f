package vn.mailcompliance.job;

import java.util.Objects;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.mailcompliance.backlog.SnapshotRepository;
import vn.mailcompliance.imap.CoverageRepository;

/**
 * Stores each unit mailbox's coverage row and the snapshots of those that could be read; with {@code replace}, a
 * snapshot overwrites the day's earlier one.
 */
class UnitMailboxSnapshotWriter implements ItemWriter<UnitMailboxCheck> {

    private final SnapshotRepository snapshots;
    private final CoverageRepository coverage;
    private final boolean replace;
    private final long jobExecutionId;

    UnitMailboxSnapshotWriter(SnapshotRepository snapshots, CoverageRepository coverage, boolean replace,
                              long jobExecutionId) {
        this.snapshots = snapshots;
        this.coverage = coverage;
        this.replace = replace;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends UnitMailboxCheck> chunk) {
        chunk.forEach(check -> coverage.record(jobExecutionId, check.outcome()));
        snapshots.save(chunk.getItems().stream().map(UnitMailboxCheck::snapshot).filter(Objects::nonNull).toList(),
                replace);
    }
}
