package org.vetreport.platform.kit.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.InMemoryMongo;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Changes applied in bulk against the real driver and wire server, compared with applying them one by one. */
class ReplicaCollectionIT {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    MongoDatabase database = mongo.freshDatabase("replica");


    private ReplicaCollection collection(String name) {
        return new ReplicaCollection(database.getCollection(name), JsonMapper.builder().build());
    }

    private static ChangeEvent change(String key, long version, String name) {
        return new ChangeEvent(UUID.randomUUID().toString(), "major.updated", "/student-service", Instant.now(),
                Topics.STUDENT_MAJORS, new EventKey("s", key), version, "clerk",
                ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static ChangeEvent tombstone(String key, long version) {
        return new ChangeEvent(UUID.randomUUID().toString(), "major.deleted", "/student-service", Instant.now(),
                Topics.STUDENT_MAJORS, new EventKey("s", key), version, "clerk", null);
    }

    private static List<Document> contents(ReplicaCollection replica) {
        return replica.collection().find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    @Test
    void aBatchLeavesTheReplicaAsApplyingItsChangesOneByOneDoes() {
        List<ChangeEvent> before = List.of(change("kept", 3, "stored"), change("older", 1, "stored"),
                change("deleted", 1, "stored"));
        List<ChangeEvent> batch = List.of(change("new", 1, "n1"), change("new", 2, "n2"), change("kept", 2, "stale"),
                change("older", 3, "o3"), change("older", 2, "o2"), tombstone("deleted", 2), change("deleted", 1, "late"),
                change("tie", 1, "first"), change("tie", 1, "second"), before.get(0));
        ReplicaCollection oneByOne = collection("one");
        ReplicaCollection bulk = collection("bulk");
        before.forEach(event -> {
            oneByOne.apply(event);
            bulk.apply(event);
        });

        batch.forEach(oneByOne::apply);
        List<ChangeEvent> written = bulk.applyAll(batch);

        assertThat(contents(bulk)).isEqualTo(contents(oneByOne));
        assertThat(written).containsExactly(batch.get(1), batch.get(3), batch.get(5), batch.get(7));
    }

    @Test
    void aBatchOfChangesNoNewerThanTheCopyWritesNothing() {
        ReplicaCollection replica = collection("stale");
        ChangeEvent current = change("a", 2, "current");
        replica.apply(current);
        List<Document> before = contents(replica);

        assertThat(replica.applyAll(List.of(change("a", 1, "old"), current))).isEmpty();
        assertThat(replica.applyAll(List.of())).isEmpty();
        assertThat(contents(replica)).isEqualTo(before);
    }

    @Test
    void aPayloadThatIsNotAnObjectFailsTheBatchBeforeAnythingIsWritten() {
        ReplicaCollection replica = collection("unreadable");
        ChangeEvent unreadable = new ChangeEvent(UUID.randomUUID().toString(), "major.updated", "/student-service",
                Instant.now(), Topics.STUDENT_MAJORS, new EventKey("s", "b"), 1, "clerk",
                "not json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> replica.applyAll(List.of(change("a", 1, "fine"), unreadable)))
                .isInstanceOf(JacksonException.class);
        assertThat(contents(replica)).isEmpty();
    }

    /**
     * Two writers insert and replace the same entities at once, as the live consumer and a rebuild fill the shadow
     * generation: inserts collide and replacements miss, and those go through apply again.
     */
    @Test
    void writersRacingOnTheSameEntitiesEndOnTheNewestVersionAndWriteEachVersionOnce() throws Exception {
        ReplicaCollection replica = collection("race");
        int keys = 60;
        int versions = 12;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<ChangeEvent>>> results = new ArrayList<>();
        for (String writer : List.of("a", "b")) {
            Random random = new Random(writer.hashCode());
            Callable<List<ChangeEvent>> write = () -> {
                List<ChangeEvent> written = new ArrayList<>();
                for (int version = 1; version <= versions; version++) {
                    List<ChangeEvent> batch = new ArrayList<>();
                    for (int key = 0; key < keys; key++) {
                        batch.add(change("k" + key, version, writer + version));
                    }
                    Collections.shuffle(batch, random);
                    written.addAll(replica.applyAll(batch));
                }
                return written;
            };
            results.add(pool.submit(write));
        }
        Set<String> writtenVersions = new HashSet<>();
        for (Future<List<ChangeEvent>> result : results) {
            for (ChangeEvent event : result.get()) {
                assertThat(writtenVersions.add(event.subject() + "@" + event.entityVersion()))
                        .as("%s version %d reported written twice", event.subject(), event.entityVersion()).isTrue();
            }
        }
        pool.shutdown();

        List<Document> copies = contents(replica);
        assertThat(copies).hasSize(keys);
        assertThat(copies).allSatisfy(copy -> assertThat(copy.get("version", Number.class).longValue()).isEqualTo(versions));
        for (Document copy : copies) {
            assertThat(writtenVersions).contains(copy.getString("key") + "@" + versions);
        }
    }
}
