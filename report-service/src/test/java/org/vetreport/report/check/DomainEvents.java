package org.vetreport.report.check;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.Topic;

/**
 * Publishes one school's entities to the domain topics the way the owning services' outbox relays do, each
 * change of a key with the next entity version, for tests of what the report service makes of them.
 */
public final class DomainEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String school;
    private final Map<String, Long> versions = new HashMap<>();

    public DomainEvents(String bootstrapServers, String school) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
        this.school = school;
    }

    /** Publishes the entity's new state under its natural key and waits until the broker has it. */
    public void publish(Topic topic, String key, String json) {
        long version = versions.merge(topic.name() + " " + key, 1L, Long::sum);
        ChangeEvent event = new ChangeEvent(UUID.randomUUID().toString(), topic.entity() + ".updated",
                "/" + topic.service() + "-service", Instant.now(), topic, new EventKey(school, key), version, "seed",
                json.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(KafkaChangeEvents.toRecord(event)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
