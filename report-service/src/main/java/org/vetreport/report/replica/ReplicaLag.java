package org.vetreport.report.replica;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code replica.lag} (tags {@code topic}, {@code partition}): for each partition assigned to the live
 * consumer, the records written to it that the replica has not read yet (end offset minus the group's next offset
 * to read). The offsets are asked of the broker every {@code report.replica.lag-refresh}, all partitions in one
 * round, rather than once per gauge at every scrape; a partition no longer assigned loses its gauge.
 */
@Component
class ReplicaLag implements SmartLifecycle {

    static final String METER = "replica.lag";

    private static final Logger log = LoggerFactory.getLogger(ReplicaLag.class);

    private final MeterRegistry meters;
    private final ReplicaOffsets offsets;
    private final KafkaListenerEndpointRegistry listeners;
    private final Duration refresh;
    private final Map<TopicPartition, Long> lags = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Gauge> gauges = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;

    ReplicaLag(MeterRegistry meters, ReplicaOffsets offsets, KafkaListenerEndpointRegistry listeners,
            @Value("${report.replica.lag-refresh}") Duration refresh) {
        this.meters = meters;
        this.offsets = offsets;
        this.listeners = listeners;
        this.refresh = refresh;
    }

    /** Reads the offsets once more and updates the gauges. */
    synchronized void refresh() {
        MessageListenerContainer container = listeners.getListenerContainer(ReplicaConsumer.LISTENER_ID);
        Collection<TopicPartition> assigned = container == null || container.getAssignedPartitions() == null
                ? Set.of() : new HashSet<>(container.getAssignedPartitions());
        if (!assigned.isEmpty()) {
            for (PartitionOffsets partition : offsets.snapshot(container.getGroupId())) {
                TopicPartition key = new TopicPartition(partition.topic(), partition.partition());
                if (assigned.contains(key)) {
                    lags.put(key, partition.lag());
                    gauges.computeIfAbsent(key, this::register);
                }
            }
        }
        for (TopicPartition partition : Set.copyOf(gauges.keySet())) {
            if (!assigned.contains(partition)) {
                meters.remove(gauges.remove(partition));
                lags.remove(partition);
            }
        }
    }

    private Gauge register(TopicPartition partition) {
        return Gauge.builder(METER, lags, current -> current.getOrDefault(partition, 0L))
                .tags("topic", partition.topic(), "partition", Integer.toString(partition.partition()))
                .description("records of the partition the replica has not read yet")
                .baseUnit("records")
                .register(meters);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not refresh the replica lag, the gauges keep their last values: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "replica-lag");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
