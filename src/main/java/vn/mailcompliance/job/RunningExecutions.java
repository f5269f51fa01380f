package vn.mailcompliance.job;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The job executions running in this process (and only these: another process on the same database runs its own),
 * so that {@code serve} can stop them cleanly when it is asked to stop.
 */
@Component
public class RunningExecutions implements BeanPostProcessor, JobExecutionListener {

    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(this);
        }
        return bean;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution);
    }

    public List<JobExecution> executions() {
        return List.copyOf(running);
    }
}
