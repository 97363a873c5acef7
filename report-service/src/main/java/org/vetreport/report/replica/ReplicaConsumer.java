package org.vetreport.report.replica;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.report.audit.AuditLog;

/**
 * Applies every event of every platform topic to the replica and records it in the audit log. A record that cannot be applied because it
 * breaks the event contract goes to the topic's dead-letter topic (see the kit's {@code DeadLetters}). The consumer
 * group is {@code spring.kafka.consumer.group-id}, not the listener id, so that the group the configuration names is
 * the one whose offsets are committed.
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

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "#{T(org.vetreport.report.replica.ReplicaTopics).names()}")
    void onEvent(ConsumerRecord<String, byte[]> record) {
        ChangeEvent event = KafkaChangeEvents.fromRecord(record);
        boolean applied = replicas.apply(event);
        audit.record(event);
        watermark.advance(record.topic(), record.partition(), record.offset(), event.time());
        if (applied) {
            schoolChanges.record(event.school());
        } else {
            log.debug("Ignored {}: the replica already holds a version as new", event);
        }
    }
}
