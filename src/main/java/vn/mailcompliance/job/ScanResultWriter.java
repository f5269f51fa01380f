package vn.mailcompliance.job;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.WatermarkRepository;

/**
 * Stores what the scan of each mailbox reached: the watermarks a scanned mailbox's next scan starts from, and its
 * coverage row (scanned or failed, with the reason), which a restart of the job instance reads to skip it.
 */
class ScanResultWriter implements ItemWriter<ScannedMailbox> {

    private final WatermarkRepository watermarks;
    private final CoverageRepository coverage;
    private final ZoneId zone;
    private final long jobExecutionId;

    ScanResultWriter(WatermarkRepository watermarks, CoverageRepository coverage, ZoneId zone, long jobExecutionId) {
        this.watermarks = watermarks;
        this.coverage = coverage;
        this.zone = zone;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends ScannedMailbox> chunk) {
        for (ScannedMailbox scanned : chunk) {
            if (scanned.scan() != null) {
                watermarks.save(scanned.outcome().address(), scanned.scan(), LocalDateTime.now(zone));
            }
            coverage.record(jobExecutionId, scanned.outcome());
        }
    }
}
