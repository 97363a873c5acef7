package org.vetreport.system;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TopicProbe;

/**
 * A crash of the student service after Kafka acknowledged an event but before the relay cleared it leaves the
 * event in the entity's outbox. This test puts the published event back there, as such a crash would, and
 * shows the relay publishing it a second time and the report replica ignoring the duplicate.
 */
class RedeliveryIT {

    @Test
    void anEventPublishedTwiceLeavesTheReplicaUnchanged() {
        PlatformStack stack = PlatformStack.get();
        String school = "d" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient gateway = stack.gateway(Role.REGISTRAR, school);
        ApiClient dashboard = stack.gateway(Role.VIEWER, school);
        String key = school + ":660301";
        try (MongoClient mongo = stack.mongo();
             TopicProbe topic = TopicProbe.fromNow(stack.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            MongoCollection<Document> majors = mongo.getDatabase("student-service").getCollection("majors");
            MongoCollection<Document> replica = PlatformStack.activeReplica(mongo, "student_majors_v1");

            gateway.put("/api/v1/schools/" + school + "/majors/660301", "{\"name\":\"机器人\",\"openedOn\":\"2015-09-01\"}");
            ConsumerRecord<String, byte[]> first = topic.awaitRecords(
                    records -> records.stream().anyMatch(r -> r.key().equals(key)), Duration.ofSeconds(30)).get(0);
            await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(eq("_id", key)).first() != null);
            await().atMost(Duration.ofSeconds(30)).until(() -> majors.find(eq("_id", key)).first().get("outbox") == null);
            Document replicated = replica.find(eq("_id", key)).first();

            Document major = majors.find(eq("_id", key)).first();
            Document unclearedEvent = new Document("id", Records.header(first, "ce_id"))
                    .append("type", Records.header(first, "ce_type"))
                    .append("time", Date.from(java.time.Instant.parse(Records.header(first, "ce_time"))))
                    .append("version", 1L).append("actor", Records.header(first, "ce_actor")).append("snapshot", major.get("data"));
            majors.updateOne(eq("_id", key), Updates.combine(
                    Updates.push("outbox", unclearedEvent), Updates.set("pending", new Date())));

            List<ConsumerRecord<String, byte[]>> published = topic.awaitRecords(
                    records -> records.stream().filter(r -> r.key().equals(key)).count() == 2, Duration.ofSeconds(30));
            assertThat(published).filteredOn(r -> r.key().equals(key))
                    .extracting(r -> Records.header(r, "ce_id")).containsOnly(Records.header(first, "ce_id"));
            gateway.put("/api/v1/schools/" + school + "/majors/marker", "{\"name\":\"m\",\"openedOn\":\"2015-09-01\"}");
            await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(eq("_id", school + ":marker")).first() != null);

            assertThat(replica.find(eq("_id", key)).first()).isEqualTo(replicated);
            assertThat(dashboard.get("/api/v1/schools/" + school + "/indicators?year=2020&ids=majors.count")
                    .json().get("indicators").get(0).get("value").asLong()).isEqualTo(2);
        }
    }
}
