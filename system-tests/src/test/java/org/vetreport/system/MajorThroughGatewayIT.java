package org.vetreport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

/** A department system writing a major through the gateway, and a dashboard reading the indicator it feeds. */
class MajorThroughGatewayIT {

    private static final String ROBOTICS = """
            {"name":"工业机器人应用与维护","group":"智能制造专业群","openedOn":"2015-09-01"}""";

    PlatformStack stack;
    ApiClient gateway;
    ApiClient dashboard;
    String school;

    @BeforeEach
    void setUp() {
        stack = PlatformStack.get();
        school = "g" + UUID.randomUUID().toString().substring(0, 8);
        gateway = stack.gateway(Role.REGISTRAR, school);
        dashboard = stack.gateway(Role.VIEWER, school);
    }

    private String majors() {
        return "/api/v1/schools/" + school + "/majors";
    }

    private long majorsCount() {
        Response response = dashboard.get("/api/v1/schools/" + school + "/indicators?year=2020&ids=majors.count");
        return response.json().get("indicators").get(0).get("value").asLong();
    }

    @Test
    void aMajorPutThroughTheGatewayIsPublishedAndCountedInTheIndicator() {
        assertThat(majorsCount()).isZero();
        try (TopicProbe topic = TopicProbe.fromNow(stack.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            Response created = gateway.put(majors() + "/660301", ROBOTICS);

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("Location")).isEqualTo(stack.process("gateway").baseUrl() + majors() + "/660301");
            ConsumerRecord<String, byte[]> event = topic.awaitRecords(
                    records -> records.stream().anyMatch(r -> r.key().equals(school + ":660301")), Duration.ofSeconds(30))
                    .stream().filter(r -> r.key().equals(school + ":660301")).findFirst().orElseThrow();
            Records.assertCloudEvent(event, "major.created", "/student-service", school, "660301", 1);
            assertThat(Records.value(event)).contains("\"group\":\"智能制造专业群\"");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> majorsCount() == 1);

        JsonNode indicator = dashboard.get("/api/v1/schools/" + school + "/indicators?year=2020&ids=majors.count")
                .json().get("indicators").get(0);
        assertThat(indicator.get("numerator").asLong()).isEqualTo(1);
        assertThat(indicator.get("provenance").get("definition").asString()).contains("reference date");
    }

    @Test
    void theSamePutAgainMakesNoNewVersionAndNoEvent() {
        try (TopicProbe topic = TopicProbe.fromNow(stack.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            gateway.put(majors() + "/660301", ROBOTICS);
            // the first write's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> records.stream().filter(r -> r.key().startsWith(school + ":")).count() == 1,
                    Duration.ofSeconds(30));
            Response again = gateway.put(majors() + "/660301", ROBOTICS);

            assertThat(again.status()).isEqualTo(200);
            assertThat(again.header("ETag")).isEqualTo("\"1\"");
            assertThat(topic.drain(Duration.ofSeconds(3))).filteredOn(r -> r.key().startsWith(school + ":")).hasSize(1);
        }
    }

    @Test
    void aStaleIfMatchIs412() {
        gateway.put(majors() + "/660301", ROBOTICS);
        gateway.put(majors() + "/660301", ROBOTICS.replace("2015-09-01", "2014-09-01"));

        Response stale = gateway.put(majors() + "/660301", ROBOTICS.replace("2015-09-01", "2013-09-01"), "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        assertProblem(gateway.put(majors() + "/660301", "{\"name\":"), "body");
        assertProblem(gateway.put(majors() + "/660301", ROBOTICS.replace("{", "{\"colour\":\"red\",")), "colour");
        assertProblem(gateway.put(majors() + "/660301", ROBOTICS.replace("\"2015-09-01\"", "20150901")), "openedOn");
        assertProblem(gateway.put(majors() + "/660301", "{\"openedOn\":\"2015-09-01\"}"), "name");
        assertThat(gateway.get(majors() + "/660301").status()).isEqualTo(404);
    }

    private static void assertProblem(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).as(response.body()).contains(field);
    }
}
