package org.vetreport.report.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class AuditIT {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Test
    void adminsListEveryWriteOfTheirSchoolOnceFilteredByActorAndTime() throws Exception {
        String school = "u" + UUID.randomUUID().toString().substring(0, 8);
        Instant t0 = Instant.parse("2020-09-01T08:00:00Z");
        ChangeEvent byAlice = event(school, "M1", 1, "alice", t0);
        ChangeEvent byBob = event(school, "M1", 2, "bob", t0.plusSeconds(60));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(KafkaChangeEvents.toRecord(byAlice)).get();
            producer.send(KafkaChangeEvents.toRecord(byBob)).get();
            producer.send(KafkaChangeEvents.toRecord(byBob)).get();
        }
        ApiClient admin = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.ADMIN, school));
        String audit = "/api/v1/schools/" + school + "/audit";

        await().atMost(Duration.ofSeconds(20)).until(() -> admin.get(audit).json().get("total").asLong() == 2);
        JsonNode all = admin.get(audit).json().get("items");
        JsonNode bobs = admin.get(audit + "?actor=bob").json().get("items");
        JsonNode afterFirst = admin.get(audit + "?from=2020-09-01T08:00:30Z").json().get("items");

        assertThat(all.valueStream().map(e -> e.get("actor").asString())).containsExactly("alice", "bob");
        assertThat(all.get(0).get("topic").asString()).isEqualTo("student.majors.v1");
        assertThat(all.get(0).get("key").asString()).isEqualTo("M1");
        assertThat(bobs.size()).isEqualTo(1);
        assertThat(afterFirst.get(0).get("version").asLong()).isEqualTo(2);
        ApiClient viewer = admin.withToken(TestTokens.shared().token(Role.VIEWER, school));
        assertThat(viewer.get(audit).status()).isEqualTo(403);
        assertThat(admin.get(audit + "?from=2020-09-02T00:00:00Z&to=2020-09-01T00:00:00Z").status()).isEqualTo(400);
    }

    @Test
    void eachEntrySaysWhenTheReportServiceAppliedTheWriteNotOnlyWhenItWasMade() throws Exception {
        String school = "u" + UUID.randomUUID().toString().substring(0, 8);
        Instant madeAt = Instant.parse("2020-09-01T08:00:00Z");
        // the log keeps milliseconds, as MongoDB dates do
        Instant beforeSend = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(KafkaChangeEvents.toRecord(event(school, "M1", 1, "alice", madeAt))).get();
        }
        ApiClient admin = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.ADMIN, school));
        String audit = "/api/v1/schools/" + school + "/audit";

        await().atMost(Duration.ofSeconds(20)).until(() -> admin.get(audit).json().get("total").asLong() == 1);
        Instant afterSeen = Instant.now();
        JsonNode entry = admin.get(audit).json().get("items").get(0);

        assertThat(Instant.parse(entry.get("time").asString())).isEqualTo(madeAt);
        assertThat(Instant.parse(entry.get("recordedAt").asString())).isBetween(beforeSend, afterSeen);
    }

    private static ChangeEvent event(String school, String code, long version, String actor, Instant time) {
        return new ChangeEvent(UUID.randomUUID().toString(), "major.updated", "/student-service", time,
                Topics.STUDENT_MAJORS, new EventKey(school, code), version, actor,
                ("{\"code\":\"" + code + "\",\"name\":\"n\",\"openedOn\":\"2015-09-01\"}").getBytes(StandardCharsets.UTF_8));
    }
}
