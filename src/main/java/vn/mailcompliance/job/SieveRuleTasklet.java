package vn.mailcompliance.job;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.sieve.SieveRuleReader;

/**
 * Reads every scanned mailbox's active Sieve script, {@code compliance.imap.threads} at a time, where
 * {@code compliance.sieve.source} allows; a script that cannot be read is logged and the others go on.
 */
@Component
class SieveRuleTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SieveRuleTasklet.class);

    private final Evaluation evaluation;
    private final SieveRuleReader sieve;
    private final ImapProperties imap;

    SieveRuleTasklet(Evaluation evaluation, SieveRuleReader sieve, ImapProperties imap) {
        this.evaluation = evaluation;
        this.sieve = sieve;
        this.imap = imap;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (!sieve.enabled()) {
            return RepeatStatus.FINISHED;
        }
        List<String> addresses = evaluation.directory().scannableAddresses();
        ZoneId zone = evaluation.zone();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, imap.threads()));
        List<SieveRuleReader.Outcome> failed = new ArrayList<>();
        int redirects = 0;
        try {
            List<Future<SieveRuleReader.Outcome>> reads = new ArrayList<>();
            for (String address : addresses) {
                reads.add(pool.submit(() -> sieve.read(address, LocalDateTime.now(zone))));
            }
            for (Future<SieveRuleReader.Outcome> read : reads) {
                SieveRuleReader.Outcome outcome = read.get();
                if (outcome.failure() != null) {
                    failed.add(outcome);
                }
                redirects += outcome.redirects().size();
            }
        } finally {
            pool.shutdownNow();
        }
        log.info("Sieve rules read from {}: {} mailboxes, {} redirects, {} not read",
                sieve.describe(), addresses.size(), redirects, failed.size());
        failed.stream().limit(10).forEach(f -> log.warn("{}", f.failure()));
        contribution.incrementWriteCount(addresses.size() - failed.size());
        return RepeatStatus.FINISHED;
    }
}
