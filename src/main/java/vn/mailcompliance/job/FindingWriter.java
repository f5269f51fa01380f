package vn.mailcompliance.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.mailcompliance.finding.Finding;
import vn.mailcompliance.finding.FindingRepository;
import vn.mailcompliance.finding.Waivers;

/**
 * Stores findings of the evaluated period for the job execution, marking waived those an approved exception covers on
 * the evaluation's day.
 */
class FindingWriter implements ItemWriter<List<Finding>> {

    private final FindingRepository findings;
    private final Waivers waivers;
    private final Evaluation evaluation;
    private final long jobExecutionId;

    FindingWriter(FindingRepository findings, Waivers waivers, Evaluation evaluation, long jobExecutionId) {
        this.findings = findings;
        this.waivers = waivers;
        this.evaluation = evaluation;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends List<Finding>> chunk) {
        add(chunk.getItems().stream().flatMap(List::stream).toList());
    }

    void add(List<Finding> found) {
        findings.add(evaluation.period().toString(), found, jobExecutionId,
                waivers.waived(found, evaluation.day()));
    }
}
