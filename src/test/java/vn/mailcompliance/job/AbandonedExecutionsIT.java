package vn.mailcompliance.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.mailcompliance.cli.MailboxComplianceApplication;
import vn.mailcompliance.testsupport.MariaDbDatabase;

/**
 * Executions left behind by processes that are gone, on MariaDB: a job whose owner on this host has ended, a scan
 * partition whose remote worker stopped renewing its heartbeat. Live owners keep theirs.
 */
@SpringBootTest(classes = MailboxComplianceApplication.class)
class AbandonedExecutionsIT {

    @RegisterExtension
    static MariaDbDatabase database = new MariaDbDatabase("abandoned");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        database.registerSpringProperties(registry);
    }

    @Autowired
    JobRepository jobRepository;
    @Autowired
    AbandonedExecutions abandoned;
    @Autowired
    ExecutionOwners owners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJobWhoseProcessOnThisHostIsGoneIsMarkedFailedWithItsRunningSteps() throws Exception {
        JobParameters parameters = parameters("2026-01");
        JobExecution execution = started(parameters);
        StepExecution partition = runningStep(execution, "scanMailboxWorkerStep:mailboxes0");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        ownedBy(ExecutionOwners.Kind.JOB, execution.getId(), hostOf(execution), ended.pid(), 0);

        assertThat(abandoned.recover(Jobs.MONTHLY, parameters)).containsExactly(execution.getId());

        assertThat(jobRepository.getJobExecution(execution.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jobRepository.getStepExecution(partition.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void aJobWhoseProcessIsAliveIsLeftRunning() throws Exception {
        JobParameters parameters = parameters("2026-02");
        JobExecution execution = started(parameters);
        owners.claim(ExecutionOwners.Kind.JOB, execution.getId());

        assertThat(abandoned.recover(Jobs.MONTHLY, parameters)).isEmpty();

        assertThat(jobRepository.getJobExecution(execution.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
        owners.forget(ExecutionOwners.Kind.JOB, execution.getId());
    }

    @Test
    void aPartitionOfAWorkerThatStoppedItsHeartbeatIsMarkedFailedOneWithAFreshHeartbeatIsNot() throws Exception {
        JobParameters parameters = parameters("2026-03");
        JobExecution execution = started(parameters);
        StepExecution lost = runningStep(execution, "scanMailboxWorkerStep:mailboxes0");
        StepExecution working = runningStep(execution, "scanMailboxWorkerStep:mailboxes1");
        // The manager ended (its remote partitions timed out); two workers on other machines owned a partition each.
        execution.setStatus(BatchStatus.FAILED);
        execution.setEndTime(LocalDateTime.now());
        jobRepository.update(execution);
        ownedBy(ExecutionOwners.Kind.STEP, lost.getId(), "worker-1.most.gov.vn", 4242, 10);
        ownedBy(ExecutionOwners.Kind.STEP, working.getId(), "worker-2.most.gov.vn", 4242, 0);

        abandoned.recover(Jobs.MONTHLY, parameters);

        assertThat(jobRepository.getStepExecution(lost.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jobRepository.getStepExecution(working.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
    }

    private static JobParameters parameters(String period) {
        return new JobParametersBuilder().addString("period", period).toJobParameters();
    }

    private JobExecution started(JobParameters parameters) throws Exception {
        JobInstance instance = jobRepository.createJobInstance(Jobs.MONTHLY, parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        return execution;
    }

    private StepExecution runningStep(JobExecution execution, String name) {
        StepExecution step = jobRepository.createStepExecution(name, execution);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(LocalDateTime.now());
        jobRepository.update(step);
        return step;
    }

    /** This host's name as the owners table records it: claimed once, read back, forgotten. */
    private String hostOf(JobExecution execution) {
        owners.claim(ExecutionOwners.Kind.JOB, execution.getId());
        String host = owners.owner(ExecutionOwners.Kind.JOB, execution.getId()).orElseThrow().host();
        owners.forget(ExecutionOwners.Kind.JOB, execution.getId());
        return host;
    }

    private void ownedBy(ExecutionOwners.Kind kind, long id, String host, long pid, int minutesSinceHeartbeat) {
        jdbc.update("""
                INSERT INTO execution_owner (kind, execution_id, host, pid, process_started_at, heartbeat_at)
                VALUES (?, ?, ?, ?, 0, LOCALTIMESTAMP(3) - INTERVAL ? MINUTE)""",
                kind.name(), id, host, pid, minutesSinceHeartbeat);
    }
}
