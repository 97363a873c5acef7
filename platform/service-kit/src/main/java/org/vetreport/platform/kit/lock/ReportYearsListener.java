package org.vetreport.platform.kit.lock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.MalformedEventException;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.Topics;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code report.years.v1} into {@link LockedPeriods}, on one background thread per service instance.
 *
 * <p>The locks live only in memory, so every instance reads the whole compacted topic from its beginning at each
 * start and then follows it. It assigns itself every partition instead of joining a consumer group's rebalancing:
 * in a group of several instances each would get only some partitions and so know only some locks. The group id
 * ({@code <service>.report-years}) names the reader to the broker; no offset is ever committed. A record that
 * breaks the contract is logged and skipped: it would be refused again on every start.
 *
 * <p>At start it waits (at most {@code startupWait}) until it has read the topic up to where it ended then, and
 * only then marks the locks known; while they are not, writes are refused (503), so a service started while the
 * broker is unreachable never lets a write change a year locked before it started.
 */
public final class ReportYearsListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReportYearsListener.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

    private final Map<String, Object> consumerProperties;
    private final LockedPeriods locks;
    private final Duration startupWait;
    private final ObjectReader reader;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private volatile Thread thread;

    /**
     * @param consumerProperties the service's Kafka consumer settings (bootstrap servers, security)
     * @param startupWait        how long the service's start waits for the locks to be known
     */
    public ReportYearsListener(Map<String, Object> consumerProperties, String service, LockedPeriods locks,
                               JsonMapper json, Duration startupWait) {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, service + ".report-years");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerProperties = properties;
        this.locks = locks;
        this.startupWait = startupWait;
        // the report service may add fields to its payload; what this reader needs stays
        this.reader = json.readerFor(ReportingYear.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Applies one record of the topic: the latest status of a school's year, or its deletion. */
    void apply(ConsumerRecord<String, byte[]> record) {
        try {
            ChangeEvent event = KafkaChangeEvents.fromRecord(record);
            int year = Integer.parseInt(event.key().naturalKey());
            if (event.isTombstone()) {
                locks.update(event.school(), year, null);
                return;
            }
            ReportingYear reported = reader.readValue(event.payload());
            if (!event.school().equals(reported.school()) || year != reported.year() || reported.status() == null
                    || reported.from() == null || reported.to() == null) {
                throw new MalformedEventException("payload " + reported + " does not match its key or misses a field");
            }
            locks.update(event.school(), year, reported);
        } catch (MalformedEventException | JacksonException | IllegalArgumentException e) {
            log.warn("Skipped record {} of {} at {}-{}: {}", record.key(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    private void run() {
        List<TopicPartition> assigned = new ArrayList<>();
        Map<TopicPartition, Long> endsAtStart = new HashMap<>();
        long lastCheck = 0;
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                if (System.nanoTime() - lastCheck > PARTITION_CHECK.toNanos() || assigned.isEmpty()) {
                    lastCheck = System.nanoTime();
                    List<TopicPartition> added = assignNew(assigned);
                    if (!locks.isKnown()) {
                        // with no topic yet there is nothing to read: no year was ever locked
                        endsAtStart.putAll(consumer.endOffsets(added));
                        markKnownIfReadTo(endsAtStart);
                    }
                }
                if (assigned.isEmpty()) {
                    Thread.sleep(backoff.toMillis());
                    continue;
                }
                consumer.poll(POLL).forEach(this::apply);
                if (!locks.isKnown()) {
                    markKnownIfReadTo(endsAtStart);
                }
                backoff = Duration.ofMillis(200);
            } catch (WakeupException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Reading {} failed, retrying in {}: {}", Topics.REPORT_YEARS, backoff, e.toString());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    private void markKnownIfReadTo(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return;
            }
        }
        locks.markKnown();
    }

    /**
     * Adds partitions that appeared since the last look (the topic may be created after this service starts).
     *
     * @return the partitions added
     */
    private List<TopicPartition> assignNew(List<TopicPartition> assigned) {
        List<TopicPartition> added = new ArrayList<>();
        for (PartitionInfo partition : consumer.partitionsFor(Topics.REPORT_YEARS.name())) {
            TopicPartition topicPartition = new TopicPartition(partition.topic(), partition.partition());
            if (!assigned.contains(topicPartition)) {
                added.add(topicPartition);
            }
        }
        if (!added.isEmpty()) {
            assigned.addAll(added);
            consumer.assign(assigned);
            consumer.seekToBeginning(added);
        }
        return added;
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(() -> {
            try {
                run();
            } finally {
                consumer.close();
            }
        }, "report-years-listener");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!locks.awaitKnown(startupWait)) {
                log.warn("{} not read within {}; writes are refused until it is", Topics.REPORT_YEARS, startupWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            consumer.wakeup();
            try {
                current.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
