package org.vetreport.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class KafkaChangeEventsTest {

    private final ChangeEvent event = new ChangeEvent("e-1", "major.created", "/student-service",
            Instant.parse("2020-09-01T08:00:00Z"), Topics.STUDENT_MAJORS, new EventKey("jxtc", "660301"), 3, "user-7",
            "{\"code\":\"660301\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void recordCarriesKeySnapshotAndCloudEventsBinaryHeaders() {
        ProducerRecord<String, byte[]> record = KafkaChangeEvents.toRecord(event);

        assertThat(record.topic()).isEqualTo("student.majors.v1");
        assertThat(record.key()).isEqualTo("jxtc:660301");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo("e-1");
        assertThat(header(record, "ce_type")).isEqualTo("major.created");
        assertThat(header(record, "ce_source")).isEqualTo("/student-service");
        assertThat(header(record, "ce_time")).isEqualTo("2020-09-01T08:00:00Z");
        assertThat(header(record, "ce_subject")).isEqualTo("660301");
        assertThat(header(record, "ce_school")).isEqualTo("jxtc");
        assertThat(header(record, "ce_entityversion")).isEqualTo("3");
        assertThat(header(record, "ce_actor")).isEqualTo("user-7");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    @Test
    void eventSurvivesTheRoundTripThroughARecord() {
        assertThat(KafkaChangeEvents.fromRecord(consumed(KafkaChangeEvents.toRecord(event)))).isEqualTo(event);
    }

    @Test
    void deletionIsATombstoneWithoutContentType() {
        ChangeEvent deletion = new ChangeEvent("e-2", "major.deleted", "/student-service", event.time(),
                Topics.STUDENT_MAJORS, event.key(), 4, "user-7", null);
        ProducerRecord<String, byte[]> record = KafkaChangeEvents.toRecord(deletion);

        assertThat(record.value()).isNull();
        assertThat(record.headers().lastHeader("content-type")).isNull();
        assertThat(KafkaChangeEvents.fromRecord(consumed(record)).isTombstone()).isTrue();
    }

    @Test
    void recordWithoutVersionHeaderIsMalformed() {
        ProducerRecord<String, byte[]> record = KafkaChangeEvents.toRecord(event);
        record.headers().remove("ce_entityversion");

        assertThatThrownBy(() -> KafkaChangeEvents.fromRecord(consumed(record)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_entityversion");
    }

    @Test
    void recordWhoseSchoolHeaderContradictsItsKeyIsMalformed() {
        ProducerRecord<String, byte[]> record = KafkaChangeEvents.toRecord(event);
        record.headers().remove("ce_school");
        record.headers().add("ce_school", "other".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> KafkaChangeEvents.fromRecord(consumed(record)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("does not match");
    }

    @Test
    void keyWithoutSchoolIsRejected() {
        assertThatThrownBy(() -> EventKey.parse("660301")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EventKey.parse("jxtc:2020:1:CULTURAL")).isEqualTo(new EventKey("jxtc", "2020:1:CULTURAL"));
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> produced) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(produced.topic(), 0, 0L, produced.key(), produced.value());
        produced.headers().forEach(h -> record.headers().add(h));
        return record;
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
