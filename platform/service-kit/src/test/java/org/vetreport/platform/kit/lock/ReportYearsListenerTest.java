package org.vetreport.platform.kit.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.Topics;
import tools.jackson.databind.json.JsonMapper;

class ReportYearsListenerTest {

    private final LockedPeriods locks = new LockedPeriods();
    private final ReportYearsListener listener = new ReportYearsListener(Map.of(), "test-service", locks,
            JsonMapper.builder().build(), Duration.ZERO);
    private long version;

    private ConsumerRecord<String, byte[]> record(String key, String json) {
        ChangeEvent event = new ChangeEvent("id-" + version, "report-year.updated", "/report-service", Instant.now(),
                Topics.REPORT_YEARS, EventKey.parse(key), ++version, "editor",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> produced = KafkaChangeEvents.toRecord(event);
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(produced.topic(), 0, version, produced.key(),
                produced.value());
        produced.headers().forEach(header -> consumed.headers().add(header));
        return consumed;
    }

    private static String year(String school, int year, String status) {
        return "{\"school\":\"" + school + "\",\"year\":" + year + ",\"from\":\"" + year + "-01-01\",\"to\":\"" + year
                + "-12-31\",\"status\":\"" + status + "\"}";
    }

    @Test
    void aLockedYearOnTheTopicLocksItsPeriodAndALaterDraftUnlocksIt() {
        listener.apply(record("jxtc:2024", year("jxtc", 2024, "LOCKED")));
        assertThat(locks.of("jxtc")).containsExactly(
                new ReportPeriod(2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));

        listener.apply(record("jxtc:2024", year("jxtc", 2024, "DRAFT")));
        assertThat(locks.of("jxtc")).isEmpty();
    }

    @Test
    void aTombstoneUnlocksTheYear() {
        listener.apply(record("jxtc:2024", year("jxtc", 2024, "LOCKED")));
        listener.apply(record("jxtc:2024", null));

        assertThat(locks.anyLocked("jxtc")).isFalse();
    }

    @Test
    void fieldsAddedByALaterVersionOfThePayloadAreIgnored() {
        listener.apply(record("jxtc:2024", year("jxtc", 2024, "LOCKED").replace("}", ",\"lockedBy\":\"x\"}")));

        assertThat(locks.anyLocked("jxtc")).isTrue();
    }

    @Test
    void aRecordWhosePayloadContradictsItsKeyOrIsUnreadableIsSkipped() {
        listener.apply(record("jxtc:2024", year("other", 2024, "LOCKED")));
        listener.apply(record("jxtc:2024", year("jxtc", 2023, "LOCKED")));
        listener.apply(record("jxtc:2024", "not json"));
        listener.apply(record("jxtc:twenty", year("jxtc", 2024, "LOCKED")));

        assertThat(locks.anyLocked("jxtc")).isFalse();
        assertThat(locks.anyLocked("other")).isFalse();
    }
}
