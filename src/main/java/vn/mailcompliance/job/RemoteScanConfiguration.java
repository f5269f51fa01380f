package vn.mailcompliance.job;

import java.util.List;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

import vn.mailcompliance.imap.ImapProperties;

/**
 * The mailbox scan beyond one machine, by Spring Batch remote partitioning over RabbitMQ: the monthly job's
 * {@code scanMailboxesStep} becomes a manager that sends one {@link StepExecutionRequest} per partition to a queue and
 * polls the job repository until the workers ({@code worker} command) have run {@code scanMailboxWorkerStep} on them.
 * Workers share the product database, so watermarks, coverage and evidence land where the local scan puts them.
 * Nothing here exists, and nothing connects to a broker, unless {@code compliance.scan.remote.enabled} is true.
 */
@Configuration
@ConditionalOnBooleanProperty(RemoteScanProperties.ENABLED)
@EnableIntegration
class RemoteScanConfiguration {

    @Bean
    Step scanMailboxesStep(JobRepository jobRepository, Partitioner mailboxPartitioner, DirectChannel scanRequests,
                           RemoteScanProperties remote, ScanProgress scanProgress) {
        return new RemotePartitioningManagerStepBuilder("scanMailboxesStep", jobRepository)
                .partitioner("scanMailboxWorkerStep", mailboxPartitioner)
                .gridSize(remote.gridSize())
                .outputChannel(scanRequests)
                .pollInterval(remote.pollInterval().toMillis())
                .timeout(remote.timeout().toMillis())
                .allowStartIfComplete(true)
                .listener(scanProgress)
                .build();
    }

    @Bean
    DirectChannel scanRequests() {
        return new DirectChannel();
    }

    @Bean
    Queue scanRequestQueue(RemoteScanProperties remote) {
        return new Queue(remote.requests());
    }

    @Bean
    IntegrationFlow scanRequestsToBroker(DirectChannel scanRequests, RabbitTemplate rabbitTemplate,
                                         RemoteScanProperties remote) {
        return IntegrationFlow.from(scanRequests)
                .handle(Amqp.outboundAdapter(rabbitTemplate).routingKey(remote.requests()))
                .get();
    }

    /**
     * Consumes partition requests only once {@link ScanWorker#start()} is called, so that a monthly run with remote
     * partitioning enabled sends requests without consuming them. A failed partition is recorded as FAILED in the job
     * repository by the handler; a request that cannot even be handled is dropped, not redelivered forever.
     */
    @Bean
    IntegrationFlow scanRequestsFromBroker(ConnectionFactory connectionFactory, RemoteScanProperties remote,
                                           ImapProperties imap, ScanWorker scanWorker) {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName()));
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, remote.requests())
                        .configureContainer(container -> container
                                .concurrentConsumers(imap.threads())
                                .prefetchCount(1)
                                .defaultRequeueRejected(false))
                        .messageConverter(converter)
                        .autoStartup(false))
                .handle(StepExecutionRequest.class, (request, headers) -> scanWorker.handle(request))
                .nullChannel();
    }

    @Bean
    StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
        return handler;
    }
}
