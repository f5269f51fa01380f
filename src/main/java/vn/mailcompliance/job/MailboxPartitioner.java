package vn.mailcompliance.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Splits the scanned mailboxes of the evaluation's directory, in address order, into one contiguous range per
 * partition. A partition is described by strings only (its first and last address, the evaluation instant), so it
 * can run on a remote worker, where the job's own evaluation does not exist.
 */
@Component
class MailboxPartitioner implements Partitioner {

    static final String FIRST_ADDRESS = "mailboxes.first";
    static final String LAST_ADDRESS = "mailboxes.last";
    static final String EVALUATED_AT = "evaluation.instant";

    private final Evaluation evaluation;

    MailboxPartitioner(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<String> addresses = evaluation.directory().scannableAddresses();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        int size = Math.max(1, (addresses.size() + gridSize - 1) / gridSize);
        for (int start = 0, n = 0; start < addresses.size(); start += size, n++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FIRST_ADDRESS, addresses.get(start));
            context.putString(LAST_ADDRESS, addresses.get(Math.min(addresses.size(), start + size) - 1));
            context.putString(EVALUATED_AT, evaluation.instant().toString());
            partitions.put("mailboxes" + n, context);
        }
        return partitions;
    }
}
