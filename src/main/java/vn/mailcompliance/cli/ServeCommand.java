package vn.mailcompliance.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.mailcompliance.job.Jobs;
import vn.mailcompliance.notify.NotifyJobConfiguration;
import vn.mailcompliance.schedule.JobSchedule;

/**
 * {@code serve}: first resumes the runs a previous {@code serve} stopped (SIGTERM) mid-job, then runs the schedules
 * until stopped. Two processes on one database never run the same job instance at once: the job repository refuses
 * the second execution, and scheduled reminders are one job instance per scheduled instant.
 */
@Component
class ServeCommand {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
    private static final List<String> RESUMED = List.of(Jobs.DAILY, Jobs.MONTHLY, Jobs.NOTIFY);

    private final JobSchedule schedule;
    private final JobRepository repository;
    private final JobLaunch launch;
    private final DailyCommand daily;
    private final MonthlyCommand monthly;

    ServeCommand(JobSchedule schedule, JobRepository repository, JobLaunch launch, DailyCommand daily,
                 MonthlyCommand monthly) {
        this.schedule = schedule;
        this.repository = repository;
        this.launch = launch;
        this.daily = daily;
        this.monthly = monthly;
    }

    int run(Clock clock, PrintStream out, PrintStream err) {
        resumeStopped(out, err);
        try {
            schedule.runUntilStopped(
                    () -> daily.run(LocalDate.now(clock), false, out, err),
                    () -> monthly.run(YearMonth.now(clock).minusMonths(1), out, err),
                    () -> scheduledNotify(clock, err));
            return CommandLine.DONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLine.DONE;
        }
    }

    /** Restarts, with their own parameters, the latest runs that ended STOPPED. */
    private void resumeStopped(PrintStream out, PrintStream err) {
        for (String job : RESUMED) {
            JobInstance last = repository.getLastJobInstance(job);
            JobExecution execution = last == null ? null : repository.getLastJobExecution(last);
            if (execution == null || execution.getStatus() != BatchStatus.STOPPED) {
                continue;
            }
            out.println("Resuming " + job + " (execution " + execution.getId() + " was stopped)");
            try {
                JobExecution resumed = launch.run(job, execution.getJobParameters());
                if (!JobLaunch.completed(resumed)) {
                    JobLaunch.reportFailure(resumed, err);
                }
            } catch (JobInstanceAlreadyCompleteException | JobLaunch.CouldNotStart e) {
                log.info("Not resuming {}: {}", job, e.getMessage());
            }
        }
    }

    /** One job instance per scheduled minute, so that a second serve firing the same schedule starts nothing. */
    private void scheduledNotify(Clock clock, PrintStream err) {
        try {
            JobExecution execution = launch.run(Jobs.NOTIFY, NotifyJobConfiguration.parameters(
                    clock.instant().truncatedTo(ChronoUnit.MINUTES)));
            if (!JobLaunch.completed(execution)) {
                JobLaunch.reportFailure(execution, err);
            }
        } catch (JobInstanceAlreadyCompleteException e) {
            log.info("These reminders were already sent by another process");
        } catch (JobLaunch.CouldNotStart e) {
            log.warn("{}", e.getMessage());
        }
    }
}
