package org.vetreport.platform.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the outbox relay ({@code platform.outbox.*}).
 *
 * @param batchSize    entity documents with pending events read per round and per entity type
 * @param pollInterval how long the relay waits for a write to wake it before it looks again
 * @param scanInterval how often the relay scans every collection for events no write of this instance announced
 *                     (another instance's that died before relaying them, or this one's before a crash); it also
 *                     scans at start and after the broker was unreachable. A scan reads the whole collection on
 *                     the embedded MongoDB server, so not too often
 * @param sendTimeout  how long one round waits for the broker to acknowledge its events
 * @param maxBackoff   the longest pause between rounds while the broker is unreachable
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(Integer batchSize, Duration pollInterval, Duration scanInterval, Duration sendTimeout,
                               Duration maxBackoff) {

    public OutboxProperties {
        batchSize = batchSize == null ? 500 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        scanInterval = scanInterval == null ? Duration.ofSeconds(60) : scanInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
    }
}
