package vn.mailcompliance.job;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.integration.amqp.inbound.AmqpInboundChannelAdapter;
import org.springframework.stereotype.Component;

/** A worker of the remote mailbox scan: runs the scan partitions the monthly job sends over RabbitMQ. */
@Component
@ConditionalOnBooleanProperty(RemoteScanProperties.ENABLED)
public class ScanWorker {

    private static final Logger log = LoggerFactory.getLogger(ScanWorker.class);

    private final StepExecutionRequestHandler handler;
    private final ObjectProvider<AmqpInboundChannelAdapter> listener;
    private final RemoteScanProperties remote;
    private final AtomicInteger handled = new AtomicInteger();

    ScanWorker(StepExecutionRequestHandler handler, ObjectProvider<AmqpInboundChannelAdapter> listener,
               RemoteScanProperties remote) {
        this.handler = handler;
        this.listener = listener;
        this.remote = remote;
    }

    /** Starts consuming partition requests; each runs on one of {@code compliance.imap.threads} consumers. */
    public void start() {
        listener.getObject().start();
        log.info("Scan worker consuming partitions from queue '{}'", remote.requests());
    }

    public void stop() {
        listener.getObject().stop();
    }

    /** How many partition requests this worker has run since it started. */
    public int handled() {
        return handled.get();
    }

    StepExecution handle(StepExecutionRequest request) {
        StepExecution execution = handler.handle(request);
        handled.incrementAndGet();
        log.info("Partition {} of job execution {}: {} mailboxes, {}", execution.getStepName(),
                execution.getJobExecutionId(), execution.getReadCount(), execution.getStatus());
        return execution;
    }
}
