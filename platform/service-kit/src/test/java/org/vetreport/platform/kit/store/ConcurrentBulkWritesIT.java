package org.vetreport.platform.kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.InMemoryMongo;
import org.vetreport.platform.kit.lock.LockedPeriods;
import tools.jackson.databind.json.JsonMapper;

/** Bulk writes of the same entities racing each other, as overlapping imports of one school do. */
class ConcurrentBulkWritesIT {

    record Thing(String code, String name) {
    }

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    EntityStore<Thing> store = new EntityStore<>(EntityType.of("thing", Thing.class, Topics.STUDENT_MAJORS),
            mongo.freshDatabase("bulk"), JsonMapper.builder().build(), Clock.systemUTC(),
            "/test", () -> { }, LockedPeriods.noneLocked());


    @Test
    void aWriteAppliedByTheBulkIsNeverWrittenAgainOverANewerOneAndEveryWriteIsCountedOnce() throws Exception {
        int keys = 100;
        int rounds = 15;
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<BulkResult>> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String writer : List.of("a", "b")) {
                String tag = writer + round;
                Callable<BulkResult> write = () -> store.putAll("s", things(keys, tag), "clerk-" + writer);
                results.add(writers.submit(write));
            }
        }
        int changes = 0;
        for (Future<BulkResult> result : results) {
            changes += result.get().created() + result.get().updated();
        }
        writers.shutdown();

        int versions = 0;
        for (int i = 0; i < keys; i++) {
            List<Revision> history = store.history("s", "k" + i);
            Set<String> names = new HashSet<>();
            for (Revision revision : history) {
                assertThat(names.add(revision.snapshot().get("name").asString()))
                        .as("k%d: %s written twice", i, revision.snapshot().get("name")).isTrue();
            }
            versions += history.size();
        }
        assertThat(changes).isEqualTo(versions);
    }

    private static List<Keyed<Thing>> things(int count, String tag) {
        List<Keyed<Thing>> things = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            things.add(new Keyed<>("k" + i, new Thing("k" + i, "name " + tag)));
        }
        return things;
    }
}
