package org.vetreport.platform.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.OutboxBatch;

/**
 * Publishes the events waiting in entity documents and then clears them.
 *
 * <p>Each event goes into its entity's history first, so the history is complete even while the broker is down.
 * One background thread per service instance. A write wakes it at once and it fetches the written documents by
 * id; at start, after the broker was unreachable and every {@code scan-interval} it scans for events no write of
 * this instance announced (another instance's, or a crash's). It publishes with the idempotent producer ({@code acks=all}) and clears an event only
 * after the broker acknowledged it, so an event is published at least once: a crash between acknowledgement and
 * clearing publishes it again, which consumers ignore by entity version. While the broker is unreachable the
 * events wait in their documents and the relay backs off; writes are not affected.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final ObjectProvider<EntityStore<?>> storeProvider;
    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaAdmin admin;
    private final OutboxProperties properties;
    private final OutboxSignal signal;
    private final MeterRegistry meters;
    private final Counter published;
    private volatile List<EntityStore<?>> stores;
    private volatile boolean running;
    private volatile Thread thread;

    public OutboxRelay(ObjectProvider<EntityStore<?>> stores, KafkaTemplate<String, byte[]> kafka, KafkaAdmin admin,
                       OutboxProperties properties, OutboxSignal signal, MeterRegistry meters) {
        this.storeProvider = stores;
        this.kafka = kafka;
        this.admin = admin;
        this.properties = properties;
        this.signal = signal;
        this.meters = meters;
        this.published = Counter.builder("outbox.events.published")
                .description("events published to Kafka by the outbox relay").register(meters);
    }

    /**
     * Publishes pending events on the caller's thread: those of documents this instance just wrote, found by id,
     * or, when scanning, those of every document with events left (written by another instance, or before a crash).
     *
     * @return how many events were published
     */
    int relay(boolean scan) {
        int total = 0;
        for (EntityStore<?> store : stores()) {
            List<OutboxBatch> batches;
            while (!(batches = scan ? store.pendingBatches(properties.batchSize())
                    : store.writtenBatches(properties.batchSize())).isEmpty()) {
                total += publish(store, batches);
                if (scan && batches.size() < properties.batchSize()) {
                    break;
                }
            }
        }
        return total;
    }

    private int publish(EntityStore<?> store, List<OutboxBatch> batches) {
        store.recordHistory(batches);
        List<List<CompletableFuture<SendResult<String, byte[]>>>> sends = new ArrayList<>(batches.size());
        for (OutboxBatch batch : batches) {
            List<CompletableFuture<SendResult<String, byte[]>>> batchSends = new ArrayList<>(batch.events().size());
            for (ChangeEvent event : batch.events()) {
                batchSends.add(kafka.send(KafkaChangeEvents.toRecord(event)));
            }
            sends.add(batchSends);
        }
        kafka.flush();
        List<OutboxBatch> acknowledged = new ArrayList<>(batches.size());
        RuntimeException failure = null;
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < batches.size(); i++) {
            try {
                for (CompletableFuture<SendResult<String, byte[]>> send : sends.get(i)) {
                    send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                acknowledged.add(batches.get(i));
            } catch (Exception e) {
                failure = failure == null ? new IllegalStateException("publishing to Kafka failed", e) : failure;
            }
        }
        store.clearPublished(acknowledged);
        int count = acknowledged.stream().mapToInt(batch -> batch.events().size()).sum();
        published.increment(count);
        if (failure != null) {
            throw failure;
        }
        return count;
    }

    private void run() {
        boolean topicsReady = false;
        boolean scan = true;
        long lastScan = 0;
        long scanInterval = properties.scanInterval().toNanos();
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                if (!topicsReady) {
                    topicsReady = admin.initialize();
                    if (!topicsReady) {
                        throw new IllegalStateException("topics could not be created or checked");
                    }
                }
                scan = scan || System.nanoTime() - lastScan > scanInterval;
                if (scan) {
                    lastScan = System.nanoTime();
                }
                int published = relay(scan);
                scan = false;
                if (published == 0) {
                    signal.await(properties.pollInterval());
                }
                backoff = Duration.ofMillis(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay could not publish; pending events stay stored and will be retried in {} ms: {}",
                        backoff.toMillis(), e.getMessage());
                if (!sleep(backoff)) {
                    return;
                }
                scan = true;
                backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<EntityStore<?>> stores() {
        List<EntityStore<?>> known = stores;
        if (known == null) {
            known = storeProvider.orderedStream().toList();
            for (EntityStore<?> store : known) {
                Gauge.builder("outbox.pending.documents", store, EntityStore::countPendingDocuments)
                        .tag("entity", store.type().name())
                        .description("entity documents whose changes are not yet published").register(meters);
            }
            stores = known;
        }
        return known;
    }

    @Override
    public synchronized void start() {
        if (running || stores().isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
