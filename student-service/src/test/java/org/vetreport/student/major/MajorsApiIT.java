package org.vetreport.student.major;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class MajorsApiIT {

    private static final String ROBOTICS = """
            {"name":"工业机器人应用与维护","group":"智能制造专业群","openedOn":"2015-09-01"}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "s" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token(Role.REGISTRAR, school, "other-" + school));
    }

    private String majors() {
        return "/api/v1/schools/" + school + "/majors";
    }

    @Test
    void putCreatesTheMajorAndPublishesItsSnapshotWithCloudEventsHeaders() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            Response created = api.put(majors() + "/660301", ROBOTICS);

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            assertThat(created.header("Location")).endsWith(majors() + "/660301");
            assertThat(created.json().get("group").asString()).isEqualTo("智能制造专业群");

            ConsumerRecord<String, byte[]> event = topic.awaitRecords(r -> !r.isEmpty(), Duration.ofSeconds(20)).get(0);
            Records.assertCloudEvent(event, "major.created", "/student-service", school, "660301", 1);
            assertThat(Records.value(event)).contains("\"name\":\"工业机器人应用与维护\"", "\"openedOn\":\"2015-09-01\"");
        }
    }

    @Test
    void theTopicIsCompactedWithTheConfiguredPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()))) {
            String topic = Topics.STUDENT_MAJORS.name();
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);

            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();

            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(partitions).isEqualTo(3);
        }
    }

    @Test
    void repeatingTheSamePutCreatesNoVersionAndNoEvent() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            api.put(majors() + "/660301", ROBOTICS);
            // the first write's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> records.stream().filter(r -> r.key().startsWith(school + ":")).count() == 1,
                    Duration.ofSeconds(30));
            Response again = api.put(majors() + "/660301", ROBOTICS);

            assertThat(again.status()).isEqualTo(200);
            assertThat(again.header("ETag")).isEqualTo("\"1\"");
            assertThat(topic.drain(Duration.ofSeconds(2))).filteredOn(r -> r.key().startsWith(school + ":")).hasSize(1);
        }
    }

    @Test
    void changedContentBecomesTheNextVersionAnnouncedAsUpdated() {
        api.put(majors() + "/660301", ROBOTICS);
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            Response changed = api.put(majors() + "/660301",
                    ROBOTICS.replace("\"openedOn\":\"2015-09-01\"", "\"openedOn\":\"2015-09-01\",\"closedOn\":\"2022-09-01\""),
                    "If-Match", "\"1\"");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"2\"");
            ConsumerRecord<String, byte[]> event = topic.awaitRecords(r -> !r.isEmpty(), Duration.ofSeconds(20)).get(0);
            Records.assertCloudEvent(event, "major.updated", "/student-service", school, "660301", 2);
        }
    }

    @Test
    void staleIfMatchIsRefusedWith412AndChangesNothing() {
        api.put(majors() + "/660301", ROBOTICS);
        api.put(majors() + "/660301", ROBOTICS.replace("智能制造专业群", "信息专业群"));

        Response stale = api.put(majors() + "/660301", ROBOTICS.replace("智能制造专业群", "财经专业群"), "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(stale.json().get("detail").asString()).contains("current version is 2");
        assertThat(api.get(majors() + "/660301").json().get("group").asString()).isEqualTo("信息专业群");
    }

    @Test
    void getReturnsTheMajorWithItsVersionAsETagAnd404ForAnUnknownOne() {
        api.put(majors() + "/660301", ROBOTICS);

        Response found = api.get(majors() + "/660301");
        Response missing = api.get(majors() + "/999999");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.header("ETag")).isEqualTo("\"1\"");
        assertThat(found.json().get("name").asString()).isEqualTo("工业机器人应用与维护");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asString()).contains("999999");
    }

    @Test
    void listIsOrderedByCodeScopedToTheSchoolAndFilterable() {
        api.put(majors() + "/B2", "{\"name\":\"电子商务\",\"group\":\"商旅\",\"openedOn\":\"2016-09-01\"}");
        api.put(majors() + "/A1", "{\"name\":\"数控\",\"group\":\"机械\",\"openedOn\":\"2010-09-01\",\"closedOn\":\"2019-09-01\"}");
        api.put("/api/v1/schools/other-" + school + "/majors/C3", "{\"name\":\"烹饪\",\"openedOn\":\"2010-09-01\"}");

        JsonNode all = api.get(majors()).json();
        JsonNode open2020 = api.get(majors() + "?openAt=2020-12-31").json();
        JsonNode commerce = api.get(majors() + "?group=商旅").json();

        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(all.get("items").valueStream().map(m -> m.get("code").asString())).containsExactly("A1", "B2");
        assertThat(open2020.get("items").valueStream().map(m -> m.get("code").asString())).containsExactly("B2");
        assertThat(commerce.get("items").valueStream().map(m -> m.get("code").asString())).containsExactly("B2");
    }

    @Test
    void deleteRemovesTheMajorAndPublishesATombstone() {
        api.put(majors() + "/660301", ROBOTICS);
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            assertThat(api.delete(majors() + "/660301").status()).isEqualTo(204);

            ConsumerRecord<String, byte[]> event = topic.awaitRecords(r -> !r.isEmpty(), Duration.ofSeconds(20)).get(0);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "major.deleted", "/student-service", school, "660301", 2);
        }
        assertThat(api.get(majors() + "/660301").status()).isEqualTo(404);
        assertThat(api.delete(majors() + "/660301").status()).isEqualTo(404);
        assertThat(api.put(majors() + "/660301", ROBOTICS).header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void malformedJsonIsA400ProblemSayingWhere() {
        Response response = api.put(majors() + "/660301", "{\"name\": \"x\", ");

        assertProblem(response, 400, "body", "not well-formed JSON");
    }

    @Test
    void unknownFieldIsA400ProblemNamingItAndTheAllowedFields() {
        Response response = api.put(majors() + "/660301", ROBOTICS.replace("{", "{\"colour\":\"red\","));

        assertProblem(response, 400, "colour", "allowed fields are closedOn, code, group, name, openedOn");
    }

    @Test
    void wrongTypeIsA400ProblemNamingTheFieldAndTheExpectedForm() {
        Response response = api.put(majors() + "/660301", ROBOTICS.replace("2015-09-01", "2015/09/01"));

        assertProblem(response, 400, "openedOn", "expected a date written YYYY-MM-DD");
    }

    @Test
    void aDateGivenAsANumberIsA400NotADayCount() {
        Response response = api.put(majors() + "/660301", ROBOTICS.replace("\"2015-09-01\"", "20150901"));

        assertProblem(response, 400, "openedOn", "YYYY-MM-DD");
    }

    @Test
    void aNumberWhereTextIsExpectedIsA400NotAConversion() {
        Response response = api.put(majors() + "/660301", ROBOTICS.replace("\"工业机器人应用与维护\"", "123"));

        assertProblem(response, 400, "name", "expected a string");
        assertThat(api.get(majors() + "/660301").status()).isEqualTo(404);
    }

    @Test
    void locationPointsAtTheAddressTheClientUsed() {
        Response created = api.put(majors() + "/660301", ROBOTICS, "X-Forwarded-Host", "gateway.example", "X-Forwarded-Port", "8080",
                "X-Forwarded-Proto", "http");

        assertThat(created.header("Location")).isEqualTo("http://gateway.example:8080" + majors() + "/660301");
    }

    @Test
    void missingRequiredFieldIsA400ProblemNamingIt() {
        Response response = api.put(majors() + "/660301", "{\"group\":\"机械\",\"openedOn\":\"2015-09-01\"}");

        assertProblem(response, 400, "name", "must not be blank");
    }

    @Test
    void breakingADomainRuleIsA400ProblemNamingTheRule() {
        Response response = api.put(majors() + "/660301",
                ROBOTICS.replace("\"openedOn\":\"2015-09-01\"", "\"openedOn\":\"2015-09-01\",\"closedOn\":\"2014-09-01\""));

        assertProblem(response, 400, "closedOn", "must be after openedOn");
    }

    @Test
    void badPagingAndBadFiltersAre400s() {
        assertProblem(api.get(majors() + "?size=5000"), 400, "size", "between 1 and 1000");
        assertProblem(api.get(majors() + "?openAt=yesterday"), 400, "openAt", "YYYY-MM-DD");
    }

    @Test
    void unknownPathWrongMethodAndOversizedBodyAreProblemsToo() {
        Response unknownPath = api.get("/api/v1/schools/" + school + "/nothing-here");
        Response wrongMethod = api.send("PATCH", majors() + "/660301", "application/json", ROBOTICS);
        Response tooLarge = api.put(majors() + "/660301", ROBOTICS.replace("智能制造专业群", "x".repeat(1_100_000)));

        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(majors() + "/660301").status()).isEqualTo(404);
    }

    private static void assertProblem(Response response, int status, String field, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        List<JsonNode> matching = errors.valueStream()
                .filter(e -> e.get("field").asString().equals(field))
                .filter(e -> e.get("message").asString().contains(message)).toList();
        assertThat(matching).as(response.body()).isNotEmpty();
    }
}
