package vn.mailcompliance.job;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.mailcompliance.imap.CoverageRepository;
import vn.mailcompliance.imap.ImapProperties;
import vn.mailcompliance.imap.ScanOutcome;

/**
 * Fails the job when a larger share of the job instance's mailboxes than {@code compliance.imap.max-failed-share}
 * could not be scanned, rather than report a half-read ministry.
 */
@Component
class ScanCoverageTasklet implements Tasklet {

    private final CoverageRepository coverage;
    private final ImapProperties imap;

    ScanCoverageTasklet(CoverageRepository coverage, ImapProperties imap) {
        this.coverage = coverage;
        this.imap = imap;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<ScanOutcome> outcomes = coverage.forJobInstance(
                contribution.getStepExecution().getJobExecution().getJobInstanceId());
        List<ScanOutcome> failed = outcomes.stream().filter(o -> o.status() == ScanOutcome.Status.FAILED).toList();
        if (!outcomes.isEmpty() && (double) failed.size() / outcomes.size() > imap.maxFailedShare()) {
            throw new ScanCoverageException(failed, outcomes.size(), imap.maxFailedShare());
        }
        return RepeatStatus.FINISHED;
    }
}
