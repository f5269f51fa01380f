package vn.mailcompliance.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * Stores what the header keepers kept of each scanned mailbox (personal-use evidence, sent mail), before its
 * watermarks are saved: a mailbox whose scan failed stores nothing and is read again from its last watermarks.
 */
@Component
class ScanEvidenceWriter implements ItemWriter<ScannedMailbox> {

    @Override
    public void write(Chunk<? extends ScannedMailbox> chunk) {
        for (ScannedMailbox scanned : chunk) {
            if (scanned.kept() != null) {
                scanned.kept().store();
            }
        }
    }
}
