package vn.mailcompliance.job;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.mailcompliance.ComplianceProperties;
import vn.mailcompliance.directory.DirectoryRepository;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.sentmail.SentMailRepository;
import vn.mailcompliance.sieve.SieveRuleReader;

/**
 * Article 16 steps of the monthly job around the scan: the period's sent-mail figures per mailbox (sent, signed,
 * encrypted, OpenPGP) stored once the scan has read the sent folders, and users' own Sieve rules read where
 * {@code compliance.sieve.source} allows.
 */
@Configuration
class SentMailStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SentMailStepConfiguration.class);

    @Bean
    Step summarizeSentMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               SentMailRepository sentMail, ComplianceProperties settings) {
        return new StepBuilder("summarizeSentMailStep", jobRepository)
                .tasklet((contribution, context) -> {
                    YearMonth period = YearMonth.parse(contribution.getStepExecution().getJobParameters()
                            .getString("period"));
                    int mailboxes = sentMail.summarize(period,
                            EvaluationInstant.endOf(period, settings.zone()).instant());
                    contribution.incrementWriteCount(mailboxes);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    /** Reads every scannable mailbox's active Sieve script, {@code compliance.imap.threads} at a time. */
    @Bean
    Step readSieveRulesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            SieveRuleReader sieve, DirectoryRepository directory, ImapProperties imap,
                            ComplianceProperties settings) {
        return new StepBuilder("readSieveRulesStep", jobRepository)
                .tasklet((contribution, context) -> {
                    if (!sieve.enabled()) {
                        return RepeatStatus.FINISHED;
                    }
                    List<String> addresses = MailboxScanStepConfiguration.scannable(directory.snapshot());
                    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, imap.threads()));
                    List<SieveRuleReader.Outcome> failed = new ArrayList<>();
                    int redirects = 0;
                    try {
                        List<Future<SieveRuleReader.Outcome>> reads = new ArrayList<>();
                        for (String address : addresses) {
                            reads.add(pool.submit(() -> sieve.read(address, LocalDateTime.now(settings.zone()))));
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
                }, transactionManager)
                .build();
    }
}
