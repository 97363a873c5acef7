package org.vetreport.report.replica;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.MalformedEventException;
import org.vetreport.report.audit.AuditLog;
import tools.jackson.core.JacksonException;

/**
 * Applies every event of every platform topic to the replica and records it in the audit log, a poll's records at a
 * time with a few round trips to the database whatever their number, so the replica keeps up with a steady stream of
 * changes. A record that breaks the event contract goes, alone, to the topic's dead-letter topic, with the exceptions
 * the kit's {@code DeadLetters} treats as such, once the others of its poll are applied. Any other failure, such as
 * the database being unreachable, fails the whole poll, which the error handler retries: applying a record again
 * changes nothing. The consumer group is {@code spring.kafka.consumer.group-id}, not the listener id, so that the
 * group the configuration names is the one whose offsets are committed.
 */
@Component
class ReplicaConsumer {

    static final String LISTENER_ID = "replica";

    private static final Logger log = LoggerFactory.getLogger(ReplicaConsumer.class);

    private final Replicas replicas;
    private final Watermark watermark;
    private final AuditLog audit;
    private final SchoolChanges schoolChanges;
    private final DeadLetterPublishingRecoverer deadLetters;

    ReplicaConsumer(Replicas replicas, Watermark watermark, AuditLog audit, SchoolChanges schoolChanges,
            KafkaTemplate<?, ?> kafka) {
        this.replicas = replicas;
        this.watermark = watermark;
        this.audit = audit;
        this.schoolChanges = schoolChanges;
        this.deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + ".dlt", -1));
    }

    /**
     * Dead-letters the broken records here rather than through the error handler: it would commit the offsets of the
     * records before the broken one and deliver the rest again, one more poll per broken record.
     */
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, batch = "true",
            topics = "#{T(org.vetreport.report.replica.ReplicaTopics).names()}")
    void onEvents(List<ConsumerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> readable = new ArrayList<>(records.size());
        List<ChangeEvent> events = new ArrayList<>(records.size());
        List<Broken> broken = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                ChangeEvent event = KafkaChangeEvents.fromRecord(record);
                replicas.checkContract(event);
                readable.add(record);
                events.add(event);
            } catch (MalformedEventException | JacksonException | IllegalArgumentException e) {
                broken.add(new Broken(record, e));
            }
        }
        apply(readable, events);
        // only now: if applying failed, the whole poll comes again, and these would have been dead-lettered twice
        for (Broken record : broken) {
            log.warn("Dead-lettering {}-{}@{}: it breaks the event contract: {}", record.record().topic(),
                    record.record().partition(), record.record().offset(), record.error().getMessage());
            deadLetters.accept(record.record(), record.error());
        }
    }

    /** Applies the events read from the records, the same number in the same order. */
    private void apply(List<ConsumerRecord<String, byte[]>> records, List<ChangeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<ChangeEvent> changed = replicas.applyAll(events);
        audit.recordAll(events);
        watermark.advance(reached(records, events));
        schoolChanges.record(changed);
        log.debug("Applied {} events, of which {} changed the replica", events.size(), changed.size());
    }

    /** Per partition, the last offset and the latest event time among the records. */
    private static List<Watermark.Position> reached(List<ConsumerRecord<String, byte[]>> records, List<ChangeEvent> events) {
        Map<TopicPartition, Watermark.Position> reached = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            ChangeEvent event = events.get(i);
            reached.merge(new TopicPartition(record.topic(), record.partition()),
                    new Watermark.Position(record.topic(), record.partition(), record.offset(), event.time()),
                    (kept, next) -> new Watermark.Position(kept.topic(), kept.partition(),
                            Math.max(kept.offset(), next.offset()),
                            kept.lastEventTime().isAfter(next.lastEventTime()) ? kept.lastEventTime() : next.lastEventTime()));
        }
        return List.copyOf(reached.values());
    }

    private record Broken(ConsumerRecord<String, byte[]> record, RuntimeException error) {
    }
}
