package org.vetreport.report.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.TestTokens;

/**
 * The same history of students, once published in order and once shuffled with redelivered duplicates, gives the
 * same replica and the same headcount. The shuffle's seed is random and named in every assertion message; run with
 * {@code -Dfaults.seed=<seed>} to repeat a failing order.
 */
@ReplicaOperationsTest
class ReplicaConvergenceIT {

    private static final int STUDENTS = 30;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    Replicas replicas;

    @Autowired
    ReplicaOffsets offsets;

    /**
     * Student {@code i} has {@code 1 + i % 4} versions; every odd version is full-time, every even one part-time.
     * Every fifth student with more than one version ends deleted, and student 1 is deleted at version 2 and enrolled
     * again at version 3, so that a tombstone sits between two versions of the same student.
     */
    private static List<ChangeEvent> history(TestEvents events) {
        List<ChangeEvent> history = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            String studentNo = "S" + i;
            int versions = i == 1 ? 3 : 1 + i % 4;
            for (int version = 1; version <= versions; version++) {
                boolean deleted = (i % 5 == 0 && versions > 1 && version == versions) || (i == 1 && version == 2);
                history.add(deleted ? events.tombstone(Topics.STUDENT_STUDENTS, studentNo, version)
                        : events.change(Topics.STUDENT_STUDENTS, studentNo, version, student(studentNo, version % 2 == 1, version)));
            }
        }
        return history;
    }

    private static String student(String studentNo, boolean fullTime, int version) {
        return """
                {"studentNo":"%s","gender":"F","majorCode":"0101","className":"class %d","programme":"THREE_YEAR",
                 "fullTime":%s,"enrolledOn":"2019-09-01","expectedGraduationOn":"2022-07-01",
                 "statusHistory":[{"status":"ENROLLED","effectiveOn":"2019-09-01","reason":null}]}
                """.formatted(studentNo, version, fullTime);
    }

    @Test
    void shuffledAndDuplicatedEventsLeaveTheReplicaAndTheHeadcountAsTheEventsInOrderDo() {
        long seed = Long.getLong("faults.seed", new Random().nextLong());
        String inOrder = "o" + UUID.randomUUID().toString().substring(0, 8);
        String shuffled = "s" + UUID.randomUUID().toString().substring(0, 8);
        List<ChangeEvent> expected;
        try (TestEvents ordered = new TestEvents(infrastructure.kafkaBootstrapServers(), inOrder);
             TestEvents disordered = new TestEvents(infrastructure.kafkaBootstrapServers(), shuffled)) {
            ordered.publishMany(history(ordered));
            expected = history(disordered);
            Random random = new Random(seed);
            List<ChangeEvent> delivered = new ArrayList<>(expected);
            // a redelivery is the same event again, with its id: the relay repeating a send it could not confirm
            expected.stream().filter(event -> random.nextBoolean()).forEach(delivered::add);
            Collections.shuffle(delivered, random);
            disordered.publishMany(delivered);
        }
        // every record published so far, duplicates and stale versions included, has been consumed and committed
        await().atMost(Duration.ofSeconds(60)).until(() -> offsets.snapshot(group).stream()
                .filter(partition -> partition.topic().equals(Topics.STUDENT_STUDENTS.name()))
                .allMatch(partition -> partition.lag() == 0));

        Map<String, Document> replica = replica(shuffled);
        Map<String, ChangeEvent> latest = new LinkedHashMap<>();
        expected.forEach(event -> latest.put(event.subject(), event));
        String seeded = "shuffled with seed " + seed;
        assertThat(replica.keySet()).as(seeded).isEqualTo(latest.keySet());
        latest.forEach((studentNo, event) -> {
            Document copy = replica.get(studentNo);
            assertThat(copy.get("version", Number.class).longValue()).as(seeded + ", version of " + studentNo)
                    .isEqualTo(event.entityVersion());
            assertThat(copy.getBoolean("deleted")).as(seeded + ", deletion of " + studentNo).isEqualTo(event.isTombstone());
            assertThat(copy.getString("eventId")).as(seeded + ", event applied last to " + studentNo).isEqualTo(event.id());
        });
        assertThat(withoutEventIds(replica)).as(seeded + ", against the events in order").isEqualTo(withoutEventIds(replica(inOrder)));
        long fullTimeAtTheEnd = latest.values().stream().filter(event -> !event.isTombstone() && event.entityVersion() % 2 == 1).count();
        assertThat(fullTimeAtTheEnd).as("the history ends with students of both kinds").isBetween(1L, (long) STUDENTS - 1);
        assertThat(enrolled(shuffled)).as(seeded).isEqualTo(fullTimeAtTheEnd).isEqualTo(enrolled(inOrder));
    }

    /** The school's replicated students by student number. */
    private Map<String, Document> replica(String school) {
        Map<String, Document> students = new HashMap<>();
        replicas.of(Topics.STUDENT_STUDENTS).collection().find(new Document("school", school))
                .forEach(document -> students.put(document.getString("key"), document));
        return students;
    }

    /** What the events of either school carried, without what tells the two schools' events apart. */
    private static Map<String, Document> withoutEventIds(Map<String, Document> replica) {
        Map<String, Document> comparable = new HashMap<>();
        replica.forEach((studentNo, document) -> comparable.put(studentNo, new Document("version", document.get("version"))
                .append("deleted", document.get("deleted")).append("data", document.get("data"))));
        return comparable;
    }

    private long enrolled(String school) {
        ApiClient viewer = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.VIEWER, school));
        ApiClient.Response response = viewer.get("/api/v1/schools/" + school + "/indicators?year=2020&ids=students.enrolled");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("indicators").get(0).get("value").asLong();
    }
}
