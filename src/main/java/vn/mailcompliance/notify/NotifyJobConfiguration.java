package vn.mailcompliance.notify;

import java.time.Clock;
import java.time.Instant;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.mailcompliance.settings.ComplianceProperties;
import vn.mailcompliance.shared.StopRequests;

/**
 * The reminders as a job, so that every run is recorded with its outcome and two {@code serve} processes that fire
 * the same scheduled run start one job instance (identified by the scheduled minute). Runs of different instances
 * wait for each other on a database lock held for the tasklet's transaction, so none sends what another is sending.
 * Each mail is recorded in a transaction of its own as soon as it is sent, not in the tasklet's: a run that fails
 * after some mails went out (the SMTP server dropping, a crash) keeps them recorded, and the next run sends only the
 * rest. A stop request ends the run between two mails; a restart sends what is left (the rest was recorded as sent).
 */
@Configuration
public class NotifyJobConfiguration {

    public static final String JOB_NAME = "notifyJob";
    public static final String SENT_KEY = "reminders.sent";
    public static final String REPEATED_KEY = "reminders.repeated";
    public static final String OPTED_OUT_KEY = "reminders.optedOut";
    public static final String REFUSED_KEY = "reminders.refused";
    public static final String WITHOUT_LEADER_KEY = "reminders.withoutLeader";

    /** The parameters of the run scheduled for (or started at) the instant. */
    public static JobParameters parameters(Instant runAt) {
        return new JobParametersBuilder().addString("run.at", runAt.toString()).toJobParameters();
    }

    @Bean(JOB_NAME)
    Job notifyJob(JobRepository repository, Step sendRemindersStep) {
        return new JobBuilder(JOB_NAME, repository).start(sendRemindersStep).build();
    }

    @Bean
    Step sendRemindersStep(JobRepository repository, PlatformTransactionManager transactions, Notifier notifier,
                           ComplianceProperties settings) {
        return new StepBuilder("sendRemindersStep", repository)
                .tasklet((contribution, chunk) -> {
                    StepExecution step = contribution.getStepExecution();
                    NotifyOutcome outcome = notifier.run(Clock.system(settings.zone()), false, System.out,
                            () -> step.isTerminateOnly() || StopRequests.requested());
                    ExecutionContext context = step.getJobExecution().getExecutionContext();
                    context.putInt(SENT_KEY, outcome.sent());
                    context.putInt(REPEATED_KEY, outcome.repeated());
                    context.putInt(OPTED_OUT_KEY, outcome.optedOut());
                    context.putString(REFUSED_KEY, String.join("\n", outcome.refused()));
                    context.putString(WITHOUT_LEADER_KEY, String.join("\n", outcome.withoutLeader()));
                    if (StopRequests.requested()) {
                        step.setTerminateOnly();
                    }
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
    }
}
