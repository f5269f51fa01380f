package vn.mailcompliance.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.mailcompliance.check.DirectoryCheck;
import vn.mailcompliance.check.Policy;
import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.finding.Waivers;

/**
 * The first findings of the period: forgets those an earlier execution stored for it, records the approved exceptions
 * in force, then applies every {@link DirectoryCheck} to the whole directory as of the evaluation instant.
 */
@Component
class DirectoryCheckTasklet implements Tasklet {

    private final Evaluation evaluation;
    private final List<DirectoryCheck> checks;
    private final Policy policy;
    private final FindingRepository findings;
    private final Waivers waivers;
    private final FindingWriter findingWriter;

    DirectoryCheckTasklet(Evaluation evaluation, List<DirectoryCheck> checks, Policy policy,
                          FindingRepository findings, Waivers waivers, FindingWriter findingWriter) {
        this.evaluation = evaluation;
        this.checks = checks;
        this.policy = policy;
        this.findings = findings;
        this.waivers = waivers;
        this.findingWriter = findingWriter;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        findings.clearPeriod(evaluation.period().toString());
        findings.replaceWaivers(waivers.all());
        List<Finding> found = new ArrayList<>();
        checks.forEach(check -> found.addAll(check.check(evaluation.directory(), policy, evaluation.clock())));
        findingWriter.add(found);
        contribution.incrementWriteCount(found.size());
        return RepeatStatus.FINISHED;
    }
}
