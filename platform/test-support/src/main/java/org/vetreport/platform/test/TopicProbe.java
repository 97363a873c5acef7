package org.vetreport.platform.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the moment it is opened (or from the beginning) so a test can assert on what was published.
 * Not thread-safe; one per test.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    private TopicProbe(String bootstrapServers, String topic, boolean fromBeginning) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.partitionsFor(topic).isEmpty());
        for (PartitionInfo partition : consumer.partitionsFor(topic)) {
            partitions.add(new TopicPartition(topic, partition.partition()));
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }
    }

    /** Sees only what is published after this call. */
    public static TopicProbe fromNow(String bootstrapServers, String topic) {
        return new TopicProbe(bootstrapServers, topic, false);
    }

    public static TopicProbe fromBeginning(String bootstrapServers, String topic) {
        return new TopicProbe(bootstrapServers, topic, true);
    }

    /** Waits until the records received so far satisfy the condition, and returns them. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(Predicate<List<ConsumerRecord<String, byte[]>>> condition,
                                                             Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll(Duration.ofMillis(100));
            return condition.test(received);
        });
        return List.copyOf(received);
    }

    /** Everything received until the topic stayed quiet for the given time. */
    public List<ConsumerRecord<String, byte[]>> drain(Duration quiet) {
        int arrived;
        do {
            arrived = poll(quiet);
        } while (arrived > 0);
        return List.copyOf(received);
    }

    private int poll(Duration timeout) {
        int before = received.size();
        consumer.poll(timeout).forEach(received::add);
        return received.size() - before;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
