package org.vetreport.faculty.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.faculty.StaffFixture;
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
class ResearchOutputsApiIT {

    private static final String PAPER = """
            {"type":"论文","title":"工业机器人一体化课程开发研究","level":"省级","date":"2020-11-15","staffNos":["T1","T2"]}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "l" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        new StaffFixture(api, school).teachers("T1", "T2", "T3");
    }

    private String outputs() {
        return "/api/v1/schools/" + school + "/research-outputs";
    }

    private Response post(String body, String... headers) {
        return api.post(outputs(), "application/json", body, headers);
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FACULTY_RESEARCH_OUTPUTS.name());
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    private ConsumerRecord<String, byte[]> next(TopicProbe topic) {
        return ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(), Duration.ofSeconds(20))).get(0);
    }

    @Test
    void postingAnOutputAnswers201WithItsLocationAndPublishesResearchOutputCreated() {
        try (TopicProbe topic = probe()) {
            Response created = post(PAPER);

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            assertThat(created.header("Location")).endsWith(outputs() + "/" + id);
            JsonNode read = api.get(outputs() + "/" + id).json();
            assertThat(read.get("type").asString()).isEqualTo("PAPER");
            assertThat(read.get("level").asString()).isEqualTo("PROVINCIAL");
            assertThat(read.get("staffNos").valueStream().map(JsonNode::asString)).containsExactly("T1", "T2");
            ConsumerRecord<String, byte[]> event = next(topic);
            Records.assertCloudEvent(event, "research-output.created", "/faculty-service", school, id, 1);
            assertThat(Records.value(event)).contains("\"staffNos\":[\"T1\",\"T2\"]");
        }
    }

    @Test
    void repeatingAnIdempotencyKeyAnswersTheFirstOutputAndADifferentOneUnderItIs409() {
        Response first = post(PAPER, "Idempotency-Key", "paper-1");
        Response again = post(PAPER, "Idempotency-Key", "paper-1");
        Response conflict = post(PAPER.replace("省级", "市级"), "Idempotency-Key", "paper-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(api.get(outputs()).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void putReplacesAnOutputPublishingUpdatedAndNeverCreatesOne() {
        String id = post(PAPER).json().get("id").asString();
        try (TopicProbe topic = probe()) {
            Response replaced = api.put(outputs() + "/" + id, PAPER.replace("\"T2\"", "\"T3\""), "If-Match", "\"1\"");

            assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
            Records.assertCloudEvent(next(topic), "research-output.updated", "/faculty-service", school, id, 2);
        }
        assertThat(api.put(outputs() + "/made-up", PAPER).status()).isEqualTo(404);
        assertThat(api.put(outputs() + "/" + id, PAPER, "If-Match", "\"1\"").status()).isEqualTo(412);
    }

    @Test
    void deletePublishesATombstoneAndTheHistoryKeepsEveryVersion() {
        String id = post(PAPER).json().get("id").asString();
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(outputs() + "/" + id).status()).isEqualTo(204);
            ConsumerRecord<String, byte[]> event = next(topic);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "research-output.deleted", "/faculty-service", school, id, 2);
        }
        JsonNode history = api.get(outputs() + "/" + id + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("type").asString()))
                .containsExactly("research-output.created", "research-output.deleted");
        assertThat(history.get(0).get("actor").asString()).isNotBlank();
    }

    @Test
    void everyAuthorMustBeStaffOfThisSchoolNamedOnce() {
        Response stranger = post(PAPER.replace("\"T2\"", "\"T9\""));
        Response twice = post(PAPER.replace("\"T2\"", "\"T1\""));
        Response nobody = post(PAPER.replace("[\"T1\",\"T2\"]", "[]"));

        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("staffNos[1]");
        assertThat(stranger.json().get("errors").get(0).get("message").asString())
                .isEqualTo("'T9' is not a staff member of this school");
        assertThat(twice.json().get("errors").get(0).get("message").asString()).isEqualTo("names 'T1' a second time");
        assertThat(nobody.json().get("errors").get(0).get("field").asString()).isEqualTo("staffNos");
        assertThat(post(PAPER.replace("论文", "小说")).json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(api.get(outputs()).json().get("total").asLong()).isZero();
    }

    @Test
    void listsFilterByTypeLevelAuthorAndDate() {
        post(PAPER);
        post(PAPER.replace("论文", "课题").replace("省级", "市级").replace("2020-11-15", "2019-05-01"));
        post(PAPER.replace("论文", "专利").replace("[\"T1\",\"T2\"]", "[\"T3\"]"));

        assertThat(titles("?type=PROJECT")).hasSize(1);
        assertThat(titles("?level=PROVINCIAL")).hasSize(2);
        assertThat(titles("?staffNo=T1")).hasSize(2);
        assertThat(titles("?staffNo=T3")).hasSize(1);
        assertThat(titles("?year=2020")).hasSize(2);
        assertThat(titles("?dateTo=2019-12-31")).hasSize(1);
        assertThat(api.get(outputs() + "?type=POEM").status()).isEqualTo(400);
    }

    private List<String> titles(String query) {
        Response response = api.get(outputs() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(o -> o.get("title").asString()).toList();
    }
}
