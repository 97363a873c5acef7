package org.vetreport.report.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/** The replica's lag gauge, the admins' status of the replica and its API document, on the real broker and database. */
@ReplicaOperationsTest
class ReplicaStatusIT {

    private static final String MAJORS = Topics.STUDENT_MAJORS.name();

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    String school;
    TestEvents events;

    @BeforeEach
    void setUp() {
        school = "l" + UUID.randomUUID().toString().substring(0, 8);
        events = new TestEvents(infrastructure.kafkaBootstrapServers(), school);
    }

    @AfterEach
    void tearDown() {
        listeners.getListenerContainer(ReplicaConsumer.LISTENER_ID).resume();
        events.close();
    }

    private Collection<Gauge> lagGauges() {
        return meters.find(ReplicaLag.METER).tag("topic", MAJORS).gauges();
    }

    private double lag(int partition) {
        Gauge gauge = meters.find(ReplicaLag.METER).tags("topic", MAJORS, "partition", Integer.toString(partition)).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    @Test
    void theLagGaugeCountsRecordsNotReadYetAndFallsToZeroOnceTheReplicaCaughtUp() {
        MessageListenerContainer consumer = listeners.getListenerContainer(ReplicaConsumer.LISTENER_ID);
        await().atMost(Duration.ofSeconds(60)).until(() -> lagGauges().size() == 3
                && lagGauges().stream().allMatch(gauge -> gauge.value() == 0));
        consumer.pause();
        await().atMost(Duration.ofSeconds(20)).until(consumer::isContainerPaused);

        RecordMetadata first = events.publish(events.change(Topics.STUDENT_MAJORS, "a", 1, TestEvents.major("a", null)));
        events.publish(events.change(Topics.STUDENT_MAJORS, "a", 2, TestEvents.major("a", "2021-01-01")));

        await().atMost(Duration.ofSeconds(20)).until(() -> lag(first.partition()) == 2);
        consumer.resume();
        await().atMost(Duration.ofSeconds(20)).until(() -> lag(first.partition()) == 0);
    }

    @Test
    void adminsSeeEachPartitionsOffsetsLagAndLastEventAndTheGeneration() {
        ChangeEvent event = events.change(Topics.STUDENT_MAJORS, "b", 1, TestEvents.major("b", null));
        RecordMetadata written = events.publish(event);
        ApiClient admin = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.ADMIN, school));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode partition = partition(status(admin), written.partition());
            return partition.path("offset").asLong(-1) == written.offset() && partition.get("lag").asLong() == 0;
        });
        JsonNode status = status(admin);
        JsonNode partition = partition(status, written.partition());

        assertThat(status.get("generation").asInt()).isPositive();
        assertThat(status.get("rebuilding").asBoolean()).isFalse();
        assertThat(status.get("topics").size()).isEqualTo(Topics.domain().size());
        assertThat(topic(status).get("partitions").size()).isEqualTo(3);
        assertThat(partition.get("endOffset").asLong()).isEqualTo(written.offset() + 1);
        assertThat(partition.get("nextOffset").asLong()).isEqualTo(written.offset() + 1);
        assertThat(Instant.parse(partition.get("lastEventTime").asString()))
                .isEqualTo(event.time().truncatedTo(ChronoUnit.MILLIS));
        ApiClient viewer = admin.withToken(TestTokens.shared().token(Role.VIEWER, school));
        assertThat(viewer.get(ReplicaAdminController.STATUS).status()).isEqualTo(403);
        assertThat(viewer.post(ReplicaAdminController.STATUS + ":rebuild", "application/json", "").status()).isEqualTo(403);
    }

    @Test
    void theApiDocumentDescribesTheStatusAndTheRebuildWithItsAnswers() {
        JsonNode document = new ApiClient("http://localhost:" + port).get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");
        JsonNode schemas = document.get("components").get("schemas");

        assertThat(paths.get(ReplicaAdminController.STATUS).get("get").get("summary")).isNotNull();
        JsonNode rebuild = paths.get(ReplicaAdminController.STATUS + ":rebuild").get("post");
        assertThat(rebuild.get("summary")).isNotNull();
        assertThat(rebuild.get("responses").propertyNames()).contains("202", "409", "401", "403", "503");
        assertThat(rebuild.get("responses").get("409").get("content").has("application/problem+json")).isTrue();
        for (String name : List.of("ReplicaStatus", "ReplicaTopicStatus", "ReplicaPartitionStatus", "ReplicaRebuild")) {
            assertThat(schemas.get(name).get("description")).as(name).isNotNull();
        }
        assertThat(schemas.get("ReplicaPartitionStatus").get("properties").get("lag").get("description").asString())
                .contains("endOffset - nextOffset");
    }

    private static JsonNode status(ApiClient admin) {
        ApiClient.Response response = admin.get(ReplicaAdminController.STATUS);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode topic(JsonNode status) {
        return status.get("topics").valueStream().filter(topic -> topic.get("topic").asString().equals(MAJORS))
                .findFirst().orElseThrow();
    }

    private static JsonNode partition(JsonNode status, int partition) {
        return topic(status).get("partitions").valueStream().filter(p -> p.get("partition").asInt() == partition)
                .findFirst().orElseThrow();
    }
}
