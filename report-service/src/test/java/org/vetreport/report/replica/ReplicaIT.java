package org.vetreport.report.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;

/** The replica as the student service's events shape it, produced here the way its outbox relay does. */
@PlatformIntegrationTest
class ReplicaIT {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    Replicas replicas;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    KafkaProducer<String, byte[]> producer;
    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
        school = "r" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.VIEWER, school));
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    private ChangeEvent major(String code, long version, String closedOn) {
        String json = "{\"code\":\"" + code + "\",\"name\":\"n\",\"group\":\"g\",\"openedOn\":\"2015-09-01\",\"closedOn\":"
                + (closedOn == null ? "null" : "\"" + closedOn + "\"") + "}";
        return new ChangeEvent(UUID.randomUUID().toString(), "major.updated", "/student-service", Instant.now(),
                Topics.STUDENT_MAJORS, new EventKey(school, code), version, "registrar-1", json.getBytes(StandardCharsets.UTF_8));
    }

    private void publish(ChangeEvent event) throws Exception {
        producer.send(KafkaChangeEvents.toRecord(event)).get();
    }

    private long majorsCount() {
        return api.get("/api/v1/schools/" + school + "/indicators?year=2020&ids=majors.count")
                .json().get("indicators").get(0).get("value").asLong();
    }

    private Document replicaOf(String code) {
        return replicas.of(Topics.STUDENT_MAJORS).collection().find(new Document("_id", school + ":" + code)).first();
    }

    @Test
    void appliedEventsShowInTheIndicatorWithItsProvenance() throws Exception {
        publish(major("a", 1, null));
        publish(major("b", 1, null));

        await().atMost(Duration.ofSeconds(20)).until(() -> majorsCount() == 2);
        var value = api.get("/api/v1/schools/" + school + "/indicators?year=2020&ids=majors.count").json();
        assertThat(value.get("period").get("referenceDate").asString()).isEqualTo("2020-12-31");
        assertThat(value.get("watermark").valueStream().map(p -> p.get("topic").asString())).contains("student.majors.v1");
        var indicator = value.get("indicators").get(0);
        assertThat(indicator.get("numerator").asLong()).isEqualTo(2);
        assertThat(indicator.get("previous").asLong()).isEqualTo(2);
        assertThat(indicator.get("provenance").get("sources").get(0).get("topic").asString()).isEqualTo("student.majors.v1");
        assertThat(indicator.get("provenance").get("sources").get(0).get("records").asLong()).isEqualTo(2);
    }

    @Test
    void aDuplicateOrAnOlderVersionLeavesTheReplicaAsItWas() throws Exception {
        ChangeEvent current = major("a", 2, "2019-09-01");
        publish(current);
        await().atMost(Duration.ofSeconds(20)).until(() -> replicaOf("a") != null);
        Document before = replicaOf("a");

        publish(current);
        publish(major("a", 1, null));
        publish(major("marker", 1, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> replicaOf("marker") != null);

        assertThat(replicaOf("a")).isEqualTo(before);
        assertThat(majorsCount()).isEqualTo(1);
    }

    @Test
    void aTombstoneRemovesTheEntityAndKeepsItsVersion() throws Exception {
        publish(major("a", 1, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> majorsCount() == 1);

        publish(new ChangeEvent(UUID.randomUUID().toString(), "major.deleted", "/student-service", Instant.now(),
                Topics.STUDENT_MAJORS, new EventKey(school, "a"), 2, "registrar-1", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> majorsCount() == 0);
        publish(major("a", 1, null));
        publish(major("marker", 1, "2015-10-01"));
        await().atMost(Duration.ofSeconds(20)).until(() -> replicaOf("marker") != null);

        assertThat(replicaOf("a").getBoolean("deleted")).isTrue();
        assertThat(majorsCount()).isZero();
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionContinues() throws Exception {
        try (TopicProbe deadLetters = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.STUDENT_MAJORS.deadLetterName())) {
            producer.send(new ProducerRecord<>(Topics.STUDENT_MAJORS.name(), school + ":poison",
                    "not an event".getBytes(StandardCharsets.UTF_8))).get();
            publish(major("after", 1, null));

            ConsumerRecord<String, byte[]> dead = deadLetter(deadLetters, school + ":poison");
            assertThat(Records.header(dead, "kafka_dlt-exception-message")).contains("missing header");
            await().atMost(Duration.ofSeconds(20)).until(() -> majorsCount() == 1);
        }
    }

    @Test
    void aPayloadThatIsNotItsTopicsEntityGoesToTheDeadLetterTopicAndTheFiguresStillCompute() throws Exception {
        try (TopicProbe deadLetters = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.STUDENT_MAJORS.deadLetterName())) {
            byte[] unreadable = "{\"code\":\"x\",\"name\":\"n\",\"openedOn\":\"not a date\"}".getBytes(StandardCharsets.UTF_8);
            publish(new ChangeEvent(UUID.randomUUID().toString(), "major.created", "/student-service", Instant.now(),
                    Topics.STUDENT_MAJORS, new EventKey(school, "x"), 1, "registrar-1", unreadable));
            publish(major("after", 1, null));

            deadLetter(deadLetters, school + ":x");
            await().atMost(Duration.ofSeconds(20)).until(() -> majorsCount() == 1);
            assertThat(replicaOf("x")).isNull();
        }
    }

    @Test
    void aPoisonMessageInThePollOfOthersIsDeadLetteredOnceAndEveryOtherChangeIsApplied() throws Exception {
        try (TopicProbe deadLetters = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.STUDENT_MAJORS.deadLetterName())) {
            MessageListenerContainer listener = listeners.getListenerContainer(ReplicaConsumer.LISTENER_ID);
            listener.pause();
            await().atMost(Duration.ofSeconds(20)).until(listener::isContainerPaused);
            // while the listener is paused the records pile up, so that it gets them in one poll
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                records.add(KafkaChangeEvents.toRecord(major("m" + i, 1, null)));
                if (i == 10) {
                    records.add(new ProducerRecord<>(Topics.STUDENT_MAJORS.name(), school + ":poison",
                            "not an event".getBytes(StandardCharsets.UTF_8)));
                }
            }
            records.add(KafkaChangeEvents.toRecord(major("m0", 2, "2016-09-01")));
            records.forEach(producer::send);
            producer.flush();
            listener.resume();

            await().atMost(Duration.ofSeconds(20)).until(() -> replicaOf("m0") != null
                    && replicaOf("m0").get("version", Number.class).longValue() == 2 && majorsCount() == 19);
            List<ConsumerRecord<String, byte[]>> dead = deadLetters.drain(Duration.ofSeconds(2)).stream()
                    .filter(record -> record.key().startsWith(school)).toList();
            assertThat(dead).extracting(ConsumerRecord::key).containsExactly(school + ":poison");
            for (int i = 0; i < 20; i++) {
                assertThat(replicaOf("m" + i)).as("m%d", i).isNotNull();
            }
        }
    }

    /** This test's dead letter: a rebuild in another test of the JVM may dead-letter older poison records again. */
    private static ConsumerRecord<String, byte[]> deadLetter(TopicProbe deadLetters, String key) {
        return deadLetters.awaitRecords(records -> records.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }
}
