package org.vetreport.platform.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox relay ({@code platform.outbox.*}).
 *
 * @param batchSize    entity documents with pending events read per round and per entity type
 * @param pollInterval how often the relay looks for pending events when no write woke it up (events written by
 *                     another instance of the service, or left over from a crash)
 * @param sendTimeout  how long one round waits for the broker to acknowledge its events
 * @param maxBackoff   the longest pause between rounds while the broker is unreachable
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(Integer batchSize, Duration pollInterval, Duration sendTimeout, Duration maxBackoff) {

    public OutboxProperties {
        batchSize = batchSize == null ? 500 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
    }
}
