package vn.mailcompliance.job;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.mailcompliance.check.ScanFailedCheck;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.imap.CoverageRepository;

/** Stores a SCAN_FAILED finding of the period for every mailbox no execution of the job instance could scan. */
@Component
class ScanFailureTasklet implements Tasklet {

    private final Evaluation evaluation;
    private final CoverageRepository coverage;
    private final ScanFailedCheck check;
    private final FindingWriter findingWriter;

    ScanFailureTasklet(Evaluation evaluation, CoverageRepository coverage, ScanFailedCheck check,
                       FindingWriter findingWriter) {
        this.evaluation = evaluation;
        this.coverage = coverage;
        this.check = check;
        this.findingWriter = findingWriter;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Finding> failures = check.check(
                coverage.forJobInstance(contribution.getStepExecution().getJobExecution().getJobInstanceId()),
                evaluation.directory(), LocalDateTime.now(evaluation.zone()));
        findingWriter.add(failures);
        contribution.incrementWriteCount(failures.size());
        return RepeatStatus.FINISHED;
    }
}
