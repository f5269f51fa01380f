package vn.mailcompliance.job;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import vn.mailcompliance.job.ExecutionOwners.Kind;
import vn.mailcompliance.job.ExecutionOwners.Owner;

/**
 * Finds the executions a crash left behind — a job STARTED (or UNKNOWN) whose process is gone, a scan partition a
 * killed worker left STARTED — and marks them FAILED, with a warning naming the owner, so that the next run restarts
 * them where they stopped. An execution whose owner is alive is left alone: a second run still refuses to start.
 * Called before every launch ({@code monthly}, {@code daily}, {@code audit}, {@code sync}, and each run of
 * {@code serve}).
 */
@Component
public class AbandonedExecutions {

    private static final Logger log = LoggerFactory.getLogger(AbandonedExecutions.class);

    private final JobRepository jobRepository;
    private final ExecutionOwners owners;

    AbandonedExecutions(JobRepository jobRepository, ExecutionOwners owners) {
        this.jobRepository = jobRepository;
        this.owners = owners;
    }

    /**
     * Marks FAILED every execution of the job whose owner is gone: the running ones, the last one of these
     * parameters when it ended UNKNOWN, and the scan partitions left running in them.
     *
     * @return the executions marked FAILED
     */
    public List<Long> recover(String jobName, JobParameters parameters) {
        List<JobExecution> candidates = new ArrayList<>(jobRepository.findRunningJobExecutions(jobName));
        JobExecution last = jobRepository.getLastJobExecution(jobName, parameters);
        if (last != null && !last.isRunning()) {
            candidates.add(last);
        }
        List<Long> recovered = new ArrayList<>();
        for (JobExecution candidate : candidates) {
            JobExecution execution = jobRepository.getJobExecution(candidate.getId());
            if (execution != null && recover(execution)) {
                recovered.add(execution.getId());
            }
        }
        return recovered;
    }

    private boolean recover(JobExecution execution) {
        boolean jobAbandoned = (execution.isRunning() || execution.getStatus() == BatchStatus.UNKNOWN)
                && ownerGone(Kind.JOB, execution.getId(), execution.getLastUpdated());
        boolean changed = false;
        for (StepExecution step : execution.getStepExecutions()) {
            boolean stale = step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN;
            if (stale && (jobAbandoned || !execution.isRunning() && ownerGone(Kind.STEP, step.getId(),
                    step.getLastUpdated()))) {
                log.warn("Step execution {} ({}) of job execution {} was left {} by a process that is gone;"
                        + " marking it FAILED", step.getId(), step.getStepName(), execution.getId(), step.getStatus());
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: its process is gone"));
                step.setEndTime(LocalDateTime.now());
                jobRepository.update(step);
                owners.forget(Kind.STEP, step.getId());
                changed = true;
            }
        }
        if (jobAbandoned) {
            log.warn("Job execution {} of {} was left {} by a process that is gone ({}); marking it FAILED so that"
                            + " this run restarts it", execution.getId(), execution.getJobInstance().getJobName(),
                    execution.getStatus(), owners.owner(Kind.JOB, execution.getId()).map(owners::describe)
                            .orElse("no owner recorded"));
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: its process is gone"));
            execution.setEndTime(LocalDateTime.now());
            jobRepository.update(execution);
            owners.forget(Kind.JOB, execution.getId());
            changed = true;
        }
        return changed;
    }

    /**
     * An execution with an owner row is gone when its owner is; one without (it crashed before recording it, or an
     * older version ran it) when Spring Batch has not touched it for the lease time.
     */
    private boolean ownerGone(Kind kind, long executionId, LocalDateTime lastUpdated) {
        Optional<Owner> owner = owners.owner(kind, executionId);
        if (owner.isPresent()) {
            return !owners.alive(owner.get());
        }
        return lastUpdated == null
                || lastUpdated.isBefore(LocalDateTime.now().minus(ExecutionOwners.LEASE));
    }
}
