package org.vetreport.platform.kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.InMemoryMongo;
import org.vetreport.platform.kit.lock.LockedPeriods;
import tools.jackson.databind.json.JsonMapper;

/** The history the relay records: every published event once, whatever the relay repeats after a crash. */
class HistoryIT {

    record Thing(String code, String name) {
    }

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    EntityStore<Thing> store = new EntityStore<>(EntityType.of("thing", Thing.class, Topics.STUDENT_MAJORS),
            mongo.freshDatabase("history"), JsonMapper.builder().build(), Clock.systemUTC(),
            "/test", () -> { }, LockedPeriods.noneLocked());


    @Test
    void recordingTheSameEventsAgainAddsNothingAndLosesNothing() {
        store.put("s", "a", new Thing("a", "first"), Precondition.NONE, "clerk");
        List<OutboxBatch> first = store.writtenBatches(100);
        store.recordHistory(first);
        store.put("s", "a", new Thing("a", "second"), Precondition.NONE, "clerk");
        store.put("s", "b", new Thing("b", "other"), Precondition.NONE, "clerk");
        List<OutboxBatch> second = store.writtenBatches(100);

        // a relay that crashed after recording the first batch records it again together with the next one
        store.recordHistory(first);
        store.recordHistory(concat(first, second));
        store.clearPublished(concat(first, second));

        assertThat(store.history("s", "a")).extracting(Revision::version).containsExactly(1L, 2L);
        assertThat(store.history("s", "b")).extracting(Revision::version).containsExactly(1L);
    }

    @Test
    void clearingPublishedEventsKeepsThoseWrittenAfterTheBatchWasRead() {
        store.put("s", "a", new Thing("a", "first"), Precondition.NONE, "clerk");
        store.put("s", "b", new Thing("b", "other"), Precondition.NONE, "clerk");
        List<OutboxBatch> read = store.writtenBatches(100);
        store.put("s", "a", new Thing("a", "second"), Precondition.NONE, "clerk");

        store.clearPublished(read);

        assertThat(store.pendingBatches(100)).singleElement().satisfies(batch -> {
            assertThat(batch.documentId()).isEqualTo("s:a");
            assertThat(batch.events()).extracting(event -> event.entityVersion()).containsExactly(2L);
        });
    }

    private static List<OutboxBatch> concat(List<OutboxBatch> a, List<OutboxBatch> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
