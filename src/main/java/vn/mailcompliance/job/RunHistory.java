package vn.mailcompliance.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The executions of each job as the job repository (the product's database) records them. */
@Component
public class RunHistory {

    /** The jobs an operator follows, in the order {@code status} lists them. */
    public static final List<String> JOBS = List.of(Jobs.DAILY, Jobs.MONTHLY, Jobs.NOTIFY, Jobs.AUDIT,
            Jobs.DIRECTORY_SYNC);

    private final JobRepository repository;

    RunHistory(JobRepository repository) {
        this.repository = repository;
    }

    /** The last {@code count} executions of the job, newest first. */
    public List<Run> recent(String jobName, int count) {
        return repository.getJobInstances(jobName, 0, count).stream()
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .sorted(Comparator.comparing(JobExecution::getId).reversed())
                .limit(count)
                .map(RunHistory::run)
                .toList();
    }

    /** When the job last completed (its end time), if ever, among its last 50 instances. */
    public Optional<LocalDateTime> lastSuccess(String jobName) {
        return repository.getJobInstances(jobName, 0, 50).stream()
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .filter(execution -> execution.getStatus() == BatchStatus.COMPLETED && execution.getEndTime() != null)
                .map(JobExecution::getEndTime)
                .max(Comparator.naturalOrder());
    }

    private static Run run(JobExecution execution) {
        JobInstance instance = execution.getJobInstance();
        String subject = execution.getJobParameters().parameters().stream()
                .filter(p -> p.identifying())
                .sorted(Comparator.comparing(JobParameter::name))
                .map(p -> p.name() + "=" + p.value())
                .collect(Collectors.joining(" "));
        Duration duration = execution.getStartTime() == null ? null : Duration.between(execution.getStartTime(),
                execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime());
        String report = execution.getExecutionContext().containsKey(MonthlyJobConfiguration.REPORT_PATH_KEY)
                ? execution.getExecutionContext().getString(MonthlyJobConfiguration.REPORT_PATH_KEY) : null;
        StepExecution failed = execution.getStepExecutions().stream()
                .filter(step -> step.getStatus().isUnsuccessful() || step.getStatus() == BatchStatus.STOPPED)
                .max(Comparator.comparing(StepExecution::getId))
                .orElse(null);
        String reason = failed != null ? firstLine(failed.getExitStatus().getExitDescription())
                : firstLine(execution.getExitStatus().getExitDescription());
        return new Run(instance.getJobName(), execution.getId(), subject, execution.getStatus(),
                execution.getStartTime(), duration, report, failed == null ? null : failed.getStepName(), reason);
    }

    private static String firstLine(String text) {
        return text == null || text.isBlank() ? null : text.lines().findFirst().orElse(text);
    }

    /**
     * One execution.
     *
     * @param subject    its identifying parameters (period, date, range)
     * @param report     the report it wrote, if any
     * @param failedStep the step that failed or was stopped, if any
     * @param reason     why it failed (the first line of the exit description), if it did
     */
    public record Run(String jobName, long executionId, String subject, BatchStatus status, LocalDateTime startedAt,
                      Duration duration, String report, String failedStep, String reason) {
    }
}
