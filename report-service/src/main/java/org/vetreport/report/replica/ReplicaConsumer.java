package org.vetreport.report.replica;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.MalformedEventException;
import org.vetreport.report.audit.AuditLog;
import tools.jackson.core.JacksonException;

/**
 * Applies every event of every platform topic to the replica and records it in the audit log, a poll's records at a
 * time with a few round trips to the database whatever their number, so the replica keeps up with a steady stream of
 * changes. A record that breaks the event contract goes, alone, to the topic's dead-letter topic (see the kit's
 * {@code DeadLetters}): the records before it are applied, and the error handler commits them, dead-letters the record
 * and hands the ones after it to the listener again. Any other failure, such as the database being unreachable, fails
 * the whole poll, which the error handler retries: applying a record again changes nothing. The consumer group is
 * {@code spring.kafka.consumer.group-id}, not the listener id, so that the group the configuration names is the one
 * whose offsets are committed.
 */
@Component
class ReplicaConsumer {

    static final String LISTENER_ID = "replica";

    private static final Logger log = LoggerFactory.getLogger(ReplicaConsumer.class);

    private final Replicas replicas;
    private final Watermark watermark;
    private final AuditLog audit;
    private final SchoolChanges schoolChanges;

    ReplicaConsumer(Replicas replicas, Watermark watermark, AuditLog audit, SchoolChanges schoolChanges) {
        this.replicas = replicas;
        this.watermark = watermark;
        this.audit = audit;
        this.schoolChanges = schoolChanges;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, batch = "true",
            topics = "#{T(org.vetreport.report.replica.ReplicaTopics).names()}")
    void onEvents(List<ConsumerRecord<String, byte[]>> records) {
        List<ChangeEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                ChangeEvent event = KafkaChangeEvents.fromRecord(record);
                replicas.checkContract(event);
                events.add(event);
            } catch (MalformedEventException | JacksonException | IllegalArgumentException e) {
                int failed = events.size();
                apply(records.subList(0, failed), events);
                // the cause decides, as for a single record, that the record is dead-lettered at once
                throw new BatchListenerFailedException(e.getMessage(), e, failed);
            }
        }
        apply(records, events);
    }

    /** Applies the events read from the records, the same number in the same order. */
    private void apply(List<ConsumerRecord<String, byte[]>> records, List<ChangeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<ChangeEvent> changed = replicas.applyAll(events);
        audit.recordAll(events);
        watermark.advance(reached(records, events));
        schoolChanges.record(changed.stream().collect(Collectors.groupingBy(ChangeEvent::school, Collectors.counting())));
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
}
