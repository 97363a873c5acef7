package org.vetreport.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Maps {@link ChangeEvent}s to and from Kafka records in CloudEvents binary content mode. */
public final class KafkaChangeEvents {

    private KafkaChangeEvents() {
    }

    public static ProducerRecord<String, byte[]> toRecord(ChangeEvent event) {
        Headers headers = new RecordHeaders();
        put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        put(headers, CloudEventHeaders.ID, event.id());
        put(headers, CloudEventHeaders.TYPE, event.type());
        put(headers, CloudEventHeaders.SOURCE, event.source());
        put(headers, CloudEventHeaders.TIME, event.time().toString());
        put(headers, CloudEventHeaders.SUBJECT, event.subject());
        put(headers, CloudEventHeaders.SCHOOL, event.school());
        put(headers, CloudEventHeaders.ENTITY_VERSION, Long.toString(event.entityVersion()));
        put(headers, CloudEventHeaders.ACTOR, event.actor());
        if (!event.isTombstone()) {
            put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        }
        return new ProducerRecord<>(event.topic().name(), null, event.key().toString(), event.payload(), headers);
    }

    /**
     * Reads an event back from a consumed record.
     *
     * @throws MalformedEventException when the record does not follow the contract; such a record can never be
     *                                 applied, so consumers send it to the dead-letter topic instead of retrying
     */
    public static ChangeEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        Topic topic = Topics.byName(record.topic())
                .orElseThrow(() -> new MalformedEventException("unknown topic " + record.topic()));
        EventKey key;
        try {
            key = EventKey.parse(record.key());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(e.getMessage());
        }
        Headers headers = record.headers();
        String school = required(headers, CloudEventHeaders.SCHOOL);
        if (!school.equals(key.school())) {
            throw new MalformedEventException("header " + CloudEventHeaders.SCHOOL + "=" + school
                    + " does not match the school of key " + key);
        }
        long version;
        try {
            version = Long.parseLong(required(headers, CloudEventHeaders.ENTITY_VERSION));
        } catch (NumberFormatException e) {
            throw new MalformedEventException("header " + CloudEventHeaders.ENTITY_VERSION + " is not a number");
        }
        Instant time;
        try {
            time = Instant.parse(required(headers, CloudEventHeaders.TIME));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("header " + CloudEventHeaders.TIME + " is not an RFC 3339 instant");
        }
        try {
            return new ChangeEvent(
                    required(headers, CloudEventHeaders.ID),
                    required(headers, CloudEventHeaders.TYPE),
                    required(headers, CloudEventHeaders.SOURCE),
                    time, topic, key, version, required(headers, CloudEventHeaders.ACTOR), record.value());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(e.getMessage());
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new MalformedEventException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
