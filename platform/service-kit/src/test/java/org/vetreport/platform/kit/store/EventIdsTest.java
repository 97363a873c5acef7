package org.vetreport.platform.kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void idsOfLaterEventsSortAfterThoseOfEarlierOnes() {
        Instant start = Instant.parse("2026-09-01T08:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int millis = 0; millis < 2_000; millis += 7) {
            ids.add(EventIds.at(start.plusMillis(millis)));
        }

        assertThat(ids).isSorted();
    }

    @Test
    void anIdIsAVersion7UuidCarryingTheEventsMillisecond() {
        Instant time = Instant.parse("2026-09-01T08:00:00.123Z");

        UUID id = UUID.fromString(EventIds.at(time));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(time.toEpochMilli());
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Instant time = Instant.parse("2026-09-01T08:00:00Z");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(EventIds.at(time));
        }

        assertThat(ids).hasSize(100_000);
    }
}
