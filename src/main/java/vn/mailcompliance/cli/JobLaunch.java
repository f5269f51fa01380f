package vn.mailcompliance.cli;

import java.io.PrintStream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import vn.mailcompliance.job.AbandonedExecutions;
import vn.mailcompliance.shared.Secrets;

/** Starts a job by name and says, in one sentence without secrets, why it could not start or did not complete. */
@Component
class JobLaunch {

    private final ApplicationContext context;
    private final JobOperator jobOperator;
    private final AbandonedExecutions abandoned;

    JobLaunch(ApplicationContext context, JobOperator jobOperator, AbandonedExecutions abandoned) {
        this.context = context;
        this.jobOperator = jobOperator;
        this.abandoned = abandoned;
    }

    /**
     * Runs the job to its end (jobs run on the calling thread), after marking FAILED what a crashed run of it left
     * STARTED, so that it restarts where that run stopped; a run whose process is alive still refuses a second one.
     *
     * @throws JobInstanceAlreadyCompleteException when these parameters already completed
     * @throws CouldNotStart                       for any other refusal to start
     */
    JobExecution run(String jobName, JobParameters parameters) throws JobInstanceAlreadyCompleteException {
        try {
            abandoned.recover(jobName, parameters);
            return jobOperator.start(context.getBean(jobName, Job.class), parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            throw e;
        } catch (Exception e) {
            throw new CouldNotStart(jobName + " could not start: " + Secrets.redact(e.getMessage()), e);
        }
    }

    static boolean completed(JobExecution execution) {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }

    /**
     * Says why the job did not complete. A job stopped by bad configuration (a directory source without its table or
     * column, an invalid rules file) is a configuration error, exit status 2; anything else is a failed job, 1.
     */
    static int reportFailure(JobExecution execution, PrintStream err) {
        StartupFailure configuration = execution.getAllFailureExceptions().stream()
                .map(StartupFailure::explain)
                .filter(StartupFailure::configuration)
                .findFirst()
                .orElse(null);
        String reason = configuration != null ? configuration.message() : execution.getAllFailureExceptions().stream()
                .map(StartupFailure::rootMessage)
                .findFirst()
                .orElse(execution.getExitStatus().getExitDescription());
        err.println("The job " + execution.getJobInstance().getJobName() + " (execution " + execution.getId()
                + ") ended " + execution.getStatus() + ": " + Secrets.redact(reason).replaceAll("\\.+$", "")
                + (configuration != null ? ". This is a configuration error: fix what is named, then run the command"
                + " again." : ". Run the same command again to restart it where it stopped."));
        return configuration != null ? CommandLine.USAGE : CommandLine.FAILED;
    }

    static class CouldNotStart extends RuntimeException {

        CouldNotStart(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
