package org.vetreport.report.replica;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.Topic;

/** Publishes change events of one school the way the domain services' outbox relays do. */
final class TestEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String school;

    TestEvents(String bootstrapServers, String school) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
        this.school = school;
    }

    ChangeEvent change(Topic topic, String key, long version, String json) {
        return new ChangeEvent(UUID.randomUUID().toString(), topic.entity() + ".updated", "/" + topic.service() + "-service",
                Instant.now(), topic, new EventKey(school, key), version, "tester",
                json.getBytes(StandardCharsets.UTF_8));
    }

    ChangeEvent tombstone(Topic topic, String key, long version) {
        return new ChangeEvent(UUID.randomUUID().toString(), topic.entity() + ".deleted", "/" + topic.service() + "-service",
                Instant.now(), topic, new EventKey(school, key), version, "tester", null);
    }

    static String major(String code, String closedOn) {
        return "{\"code\":\"" + code + "\",\"name\":\"n\",\"group\":\"g\",\"openedOn\":\"2015-09-01\",\"closedOn\":"
                + (closedOn == null ? "null" : "\"" + closedOn + "\"") + "}";
    }

    RecordMetadata publish(ChangeEvent event) {
        return send(KafkaChangeEvents.toRecord(event));
    }

    /** A record on a domain topic without the event headers: it breaks the contract. */
    RecordMetadata publishPoison(Topic topic, String key) {
        return send(new ProducerRecord<>(topic.name(), school + ":" + key, "not an event".getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends without waiting for each acknowledgement, then waits for all. */
    void publishMany(List<ChangeEvent> events) {
        List<Future<RecordMetadata>> sent = events.stream().map(event -> producer.send(KafkaChangeEvents.toRecord(event))).toList();
        sent.forEach(TestEvents::await);
    }

    private RecordMetadata send(ProducerRecord<String, byte[]> record) {
        return await(producer.send(record));
    }

    private static RecordMetadata await(Future<RecordMetadata> sent) {
        try {
            return sent.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
