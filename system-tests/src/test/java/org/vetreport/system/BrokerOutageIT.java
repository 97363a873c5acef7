package org.vetreport.system;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.TopicProbe;

/**
 * The broker goes away while a department system keeps writing through the gateway, and comes back on the same port
 * with the same data: every write the student service acknowledged reaches the topic and the report service's
 * replica, and the figures count each once.
 */
class BrokerOutageIT {

    /** Longer than the services' producer timeouts to fail a send (max.block.ms 5s), so the relay has to retry. */
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    /** Pauses between writes, to stay below the gateway's rate limit (50 a second): a 429 is no outage effect. */
    private static final long PACE_MILLIS = 50;

    @Test
    void everyWriteAcknowledgedWhileTheBrokerIsDownArrivesOnTheTopicAndInTheReplica() throws InterruptedException {
        PlatformStack stack = PlatformStack.get();
        String school = "u" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient gateway = stack.gateway(Role.REGISTRAR, school);
        ApiClient dashboard = stack.gateway(Role.VIEWER, school);
        try (MongoClient mongo = stack.mongo()) {
            assertThat(put(gateway, school, "before")).isEqualTo(201);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> PlatformStack.activeReplica(mongo, "student_majors_v1").find(eq("_id", school + ":before")).first() != null);

            List<String> acknowledged = new ArrayList<>();
            List<Integer> refused = new ArrayList<>();
            stack.stopKafka();
            try {
                long until = System.nanoTime() + OUTAGE.toNanos();
                for (int i = 0; System.nanoTime() < until; i++) {
                    int status = put(gateway, school, "m" + i);
                    if (status / 100 == 2) {
                        acknowledged.add(school + ":m" + i);
                    } else {
                        refused.add(status);
                    }
                    Thread.sleep(PACE_MILLIS);
                }
            } finally {
                stack.startKafka();
            }

            assertThat(refused).as("writes refused while the broker was down").isEmpty();
            assertThat(acknowledged).hasSizeGreaterThan(5);
            Set<String> expected = Set.copyOf(acknowledged);
            try (TopicProbe topic = TopicProbe.fromBeginning(stack.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
                // at least once: a send that timed out during the outage may have reached the log and be sent again
                topic.awaitRecords(received -> received.stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                        .containsAll(expected), Duration.ofSeconds(60));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> PlatformStack.activeReplica(mongo, "student_majors_v1").countDocuments(in("_id", acknowledged)) == acknowledged.size());
            assertThat(dashboard.get("/api/v1/schools/" + school + "/indicators?year=2020&ids=majors.count")
                    .json().get("indicators").get(0).get("value").asLong()).isEqualTo(acknowledged.size() + 1);
        }
    }

    private static int put(ApiClient gateway, String school, String code) {
        return gateway.put("/api/v1/schools/" + school + "/majors/" + code,
                "{\"name\":\"major " + code + "\",\"openedOn\":\"2015-09-01\"}").status();
    }
}
