package vn.mailcompliance.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.mailcompliance.settings.PositiveDuration;

/**
 * Remote partitioning of the mailbox scan over RabbitMQ (the broker is set with Spring's {@code spring.rabbitmq.*}).
 *
 * @param enabled      the monthly job sends its scan partitions to workers instead of scanning them itself
 * @param requests     the queue the partition requests are sent to and workers consume from
 * @param gridSize     how many partitions the scan is split into
 * @param pollInterval how often the monthly job looks in the job repository whether the workers are done
 * @param timeout      how long the monthly job waits for all partitions before it fails the scan step
 */
@ConfigurationProperties("compliance.scan.remote")
@Validated
record RemoteScanProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("mailbox-compliance.scan-requests") @NotBlank(message = "must name the queue") String requests,
        @DefaultValue("16") @Min(value = 1, message = "must be 1 or more partitions, e.g. 16") int gridSize,
        @DefaultValue("10s") @NotNull @PositiveDuration Duration pollInterval,
        @DefaultValue("24h") @NotNull @PositiveDuration Duration timeout) {

    static final String ENABLED = "compliance.scan.remote.enabled";
}
