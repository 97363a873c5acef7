package org.vetreport.report.replica;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.MalformedEventException;
import org.vetreport.platform.kit.error.ConflictException;
import tools.jackson.core.JacksonException;

/**
 * Rebuilds the whole replica from the compacted topics into a new generation while readers keep reading, and the
 * live consumer keeps applying to, the active one; then switches to it.
 *
 * <p>How it runs:
 * <ol>
 * <li><b>Open.</b> {@link Replicas#openShadow()} creates the empty shadow generation and, under the write lock of
 * the live path, makes the live consumer apply every change to the shadow as well as to the active generation.</li>
 * <li><b>Capture.</b> Only then are the end offsets {@code E} of every partition read.</li>
 * <li><b>Fill.</b> A consumer of its own (manually assigned, no group, so no offsets committed and no group left
 * behind) reads every partition from the earliest offset up to {@code E} into the shadow. Nothing it applies is
 * recorded in the audit log: the live consumer recorded each event when it first arrived.</li>
 * <li><b>Switch.</b> {@link Replicas#promote} writes the pointer document and swaps the active generation under the
 * write lock; from then on the live consumer writes only to the new generation.</li>
 * <li><b>Retire.</b> The previous generation is dropped {@code report.replica.retire-after} later.</li>
 * </ol>
 *
 * <p>Why the shadow misses nothing at the switch: every record the live consumer applies after step 1 reaches the
 * shadow through the double write. Every record it applied before step 1 had been fetched from the broker before
 * {@code E} was read in step 2, so its offset is below {@code E} and the fill reads it. So once the fill reached
 * {@code E}, the shadow holds every record the active generation holds, and possibly records of {@code [live
 * position, E)} the lagging live consumer has not reached yet; applying those again later changes nothing, because
 * the kit's {@code ReplicaCollection} applies a change only if its entity version is newer. For the same reason the
 * order in which the fill and the double write apply two versions of one entity does not matter. Why nothing is
 * lost at the switch itself: the write lock waits for the live batch in flight, which went to both generations;
 * the next one sees only the new generation. Readers never wait: {@link Replicas#of} reads a volatile reference; a
 * read that took the old generation's collection just before the switch reads a complete copy, which is dropped
 * only after {@code retire-after} so that such reads can finish.
 *
 * <p>A crash before the pointer is written keeps the old generation active; one after it keeps the new one. Either
 * way {@link Replicas} drops the other generation's collections at the next start. The switch coordinates the live
 * consumer of this instance only, so one instance of the service consumes the replica.
 */
@Component
class ReplicaRebuild implements DisposableBean {

    /** Names the generation whose rebuild sent a record to the dead-letter topic. */
    static final String GENERATION_HEADER = "replica_rebuild_generation";

    private static final Logger log = LoggerFactory.getLogger(ReplicaRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Replicas replicas;
    private final ReplicaOffsets offsets;
    private final ConsumerFactory<?, ?> consumers;
    private final KafkaTemplate<?, ?> kafka;
    private final Clock clock;
    private final Duration retireAfter;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("replica-rebuild"));
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(daemon("replica-retire"));
    private volatile boolean stopping;
    private volatile Progress running;
    private volatile RebuildStatus last;

    ReplicaRebuild(Replicas replicas, ReplicaOffsets offsets, ConsumerFactory<?, ?> consumers, KafkaTemplate<?, ?> kafka,
            Clock clock, @Value("${report.replica.retire-after}") Duration retireAfter) {
        this.replicas = replicas;
        this.offsets = offsets;
        this.consumers = consumers;
        this.kafka = kafka;
        this.clock = clock;
        this.retireAfter = retireAfter;
        this.last = replicas.lastCompletedRebuild().orElse(null);
    }

    /**
     * Starts a rebuild into the next generation and returns at once.
     *
     * @throws ConflictException          while another rebuild runs
     * @throws BrokerUnavailableException when the end offsets cannot be read; nothing was started
     */
    synchronized RebuildStatus start() {
        Progress current = running;
        if (current != null) {
            throw new ConflictException("the replica is being rebuilt into generation " + current.generation
                    + " since " + current.startedAt + "; wait for it to finish (GET /api/v1/admin/replica)");
        }
        ReplicaGeneration target = replicas.openShadow();
        Map<TopicPartition, Long> ends;
        try {
            ends = offsets.endOffsets(offsets.partitions());
        } catch (RuntimeException e) {
            replicas.abandonShadow();
            throw e;
        }
        Progress progress = new Progress(target.number(), clock.instant());
        running = progress;
        log.info("Rebuilding the replica into generation {} up to the end offsets {}", target.number(), ends);
        runner.execute(() -> run(target, ends, progress));
        return progress.status();
    }

    /** The running rebuild, or else the last one since the service started or, before that, the last completed. */
    Optional<RebuildStatus> status() {
        Progress current = running;
        return current != null ? Optional.of(current.status()) : Optional.ofNullable(last);
    }

    private void run(ReplicaGeneration target, Map<TopicPartition, Long> ends, Progress progress) {
        RebuildStatus completed;
        ReplicaGeneration previous;
        try {
            fill(target, ends, progress);
            completed = progress.status().completed(clock.instant());
            previous = replicas.promote(completed);
        } catch (RuntimeException e) {
            log.error("Rebuilding the replica into generation {} failed; generation {} stays active", target.number(),
                    replicas.activeGeneration(), e);
            try {
                replicas.abandonShadow();
            } catch (RuntimeException dropFailed) {
                log.warn("Could not drop generation {}; the next start drops it: {}", target.number(),
                        dropFailed.getMessage());
            }
            finish(progress.status().failed(clock.instant(), e.getMessage()));
            return;
        }
        finish(completed);
        log.info("The replica switched to generation {}: {} records applied, {} dead-lettered; generation {} is "
                + "dropped in {}", target.number(), completed.applied(), completed.deadLettered(), previous.number(),
                retireAfter);
        retirer.schedule(() -> retire(previous), retireAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fill(ReplicaGeneration target, Map<TopicPartition, Long> ends, Progress progress) {
        DeadLetterPublishingRecoverer deadLetters = deadLetters(target.number());
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(target.number()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            Set<TopicPartition> remaining = new HashSet<>(ends.keySet());
            while (true) {
                Set<TopicPartition> done = remaining.stream()
                        .filter(partition -> consumer.position(partition) >= ends.get(partition))
                        .collect(Collectors.toSet());
                remaining.removeAll(done);
                consumer.pause(done);
                if (remaining.isEmpty()) {
                    return;
                }
                if (stopping) {
                    throw new IllegalStateException("the service is stopping");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    // later records reach the shadow through the live consumer's double write
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        apply(target, record, deadLetters, progress);
                    }
                }
            }
        }
    }

    /** A record that breaks the contract goes to the dead-letter topic, as the live consumer does. */
    private void apply(ReplicaGeneration target, ConsumerRecord<String, byte[]> record,
            DeadLetterPublishingRecoverer deadLetters, Progress progress) {
        try {
            ChangeEvent event = KafkaChangeEvents.fromRecord(record);
            replicas.checkContract(event);
            target.of(event.topic()).apply(event);
            progress.applied.incrementAndGet();
        } catch (MalformedEventException | JacksonException | IllegalArgumentException e) {
            deadLetters.accept(record, e);
            progress.deadLettered.incrementAndGet();
        }
    }

    private DeadLetterPublishingRecoverer deadLetters(int generation) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + ".dlt", -1));
        recoverer.addHeadersFunction((record, exception) -> new RecordHeaders().add(GENERATION_HEADER,
                Integer.toString(generation).getBytes(StandardCharsets.UTF_8)));
        return recoverer;
    }

    private Map<String, Object> consumerConfig(int generation) {
        Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "replica-rebuild-g" + generation);
        return config;
    }

    private synchronized void finish(RebuildStatus status) {
        last = status;
        running = null;
    }

    private void retire(ReplicaGeneration previous) {
        try {
            previous.drop();
            log.info("Dropped generation {} of the replica", previous.number());
        } catch (RuntimeException e) {
            log.warn("Could not drop generation {}; the next start drops it: {}", previous.number(), e.getMessage());
        }
    }

    /** Lets a running fill stop at its next poll and abandon its shadow; a pending retirement is left to the next start. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        retirer.shutdownNow();
        runner.shutdown();
        if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Progress {

        private final int generation;
        private final Instant startedAt;
        private final AtomicLong applied = new AtomicLong();
        private final AtomicLong deadLettered = new AtomicLong();

        Progress(int generation, Instant startedAt) {
            this.generation = generation;
            this.startedAt = startedAt;
        }

        RebuildStatus status() {
            return RebuildStatus.running(generation, startedAt, applied.get(), deadLettered.get());
        }
    }
}
