package org.vetreport.faculty.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.faculty.StaffFixture.segment;

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
class HonoursApiIT {

    private static final String KEY = "T1:市学科带头人:2020-09-10";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "j" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        new StaffFixture(api, school).teachers("T1", "T2");
    }

    private String honours() {
        return "/api/v1/schools/" + school + "/honours";
    }

    private String honour(String key) {
        return honours() + "/" + segment(key);
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FACULTY_HONOURS.name());
    }

    private ConsumerRecord<String, byte[]> next(TopicProbe topic) {
        List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(
                r -> r.stream().anyMatch(e -> e.key().startsWith(school + ":")), Duration.ofSeconds(20));
        return records.stream().filter(e -> e.key().startsWith(school + ":")).findFirst().orElseThrow();
    }

    @Test
    void recordingReplacingAndDeletingAnHonourPublishesCreatedUpdatedAndATombstone() {
        try (TopicProbe topic = probe()) {
            Response created = api.put(honour(KEY), "{\"level\":\"市级\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().get("title").asString()).isEqualTo("市学科带头人");
            Records.assertCloudEvent(next(topic), "honour.created", "/faculty-service", school, KEY, 1);
        }
        try (TopicProbe topic = probe()) {
            assertThat(api.put(honour(KEY), "{\"level\":\"MUNICIPAL\"}").header("ETag")).isEqualTo("\"1\"");
            Response replaced = api.put(honour(KEY), "{\"level\":\"DISTRICT\"}", "If-Match", "\"1\"");
            assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
            Records.assertCloudEvent(next(topic), "honour.updated", "/faculty-service", school, KEY, 2);
        }
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(honour(KEY)).status()).isEqualTo(204);
            ConsumerRecord<String, byte[]> event = next(topic);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "honour.deleted", "/faculty-service", school, KEY, 3);
        }
        JsonNode history = api.get(honour(KEY) + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("type").asString()))
                .containsExactly("honour.created", "honour.updated", "honour.deleted");
        assertThat(history.get(0).get("actor").asString()).isNotBlank();
    }

    @Test
    void theHonouredStaffMemberMustBeOfThisSchoolAndTheBodyMayNotContradictTheKey() {
        Response stranger = api.put(honour("T9:市学科带头人:2020-09-10"), "{\"level\":\"MUNICIPAL\"}");
        Response contradicted = api.put(honour(KEY), "{\"staffNo\":\"T2\",\"level\":\"MUNICIPAL\"}");
        Response withoutLevel = api.put(honour(KEY), "{}");

        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().get("errors").get(0).get("message").asString())
                .isEqualTo("'T9' is not a staff member of this school");
        assertThat(contradicted.json().get("errors").get(0).get("field").asString()).isEqualTo("staffNo");
        assertThat(withoutLevel.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
        assertThat(api.get(honour(KEY)).status()).isEqualTo(404);
    }

    @Test
    void listsFilterByStaffTitleLevelAndYear() {
        api.put(honour(KEY), "{\"level\":\"MUNICIPAL\"}");
        api.put(honour("T2:市学科带头人:2020-09-10"), "{\"level\":\"MUNICIPAL\"}");
        api.put(honour("T1:省春蚕奖:2019-09-10"), "{\"level\":\"PROVINCIAL\"}");

        assertThat(keys("?staffNo=T1")).containsExactly("T1:市学科带头人:2020-09-10", "T1:省春蚕奖:2019-09-10");
        assertThat(keys("?title=" + segment("市学科带头人"))).hasSize(2);
        assertThat(keys("?level=PROVINCIAL")).containsExactly("T1:省春蚕奖:2019-09-10");
        assertThat(keys("?year=2020")).hasSize(2);
        assertThat(keys("?awardedTo=2019-12-31")).containsExactly("T1:省春蚕奖:2019-09-10");
        assertThat(api.get(honours() + "?size=1&page=2").json().get("items").size()).isEqualTo(1);
    }

    private List<String> keys(String query) {
        Response response = api.get(honours() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(h -> h.get("key").asString()).toList();
    }
}
