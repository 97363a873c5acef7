package org.vetreport.platform.kit.kafka;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.vetreport.platform.events.MalformedEventException;
import tools.jackson.core.JacksonException;

/**
 * What a consumer does with a record it cannot apply. A record that breaks the contract (a poison message)
 * can never succeed: it goes at once to {@code <topic>.dlt} with the error in its headers and consumption
 * continues. Any other failure, such as the database being unreachable, is retried with backoff for as long
 * as it lasts, because skipping would lose a change.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(record.topic() + ".dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, JacksonException.class,
                IllegalArgumentException.class);
        return handler;
    }
}
