package org.vetreport.faculty.training;

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
class TeacherTrainingsApiIT {

    private static final String KEY = "T1:信息化教学能力提升:2020-07-06";
    private static final String BODY = """
            {"level":"市级","endOn":"2020-07-10","hours":40,"online":true}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "h" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        new StaffFixture(api, school).teachers("T1", "T2");
    }

    private String trainings() {
        return "/api/v1/schools/" + school + "/teacher-trainings";
    }

    private String training(String key) {
        return trainings() + "/" + segment(key);
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FACULTY_TEACHER_TRAININGS.name());
    }

    private ConsumerRecord<String, byte[]> next(TopicProbe topic) {
        return ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(), Duration.ofSeconds(20))).get(0);
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    private static String error(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        return error.get("field").asString() + ": " + error.get("message").asString();
    }

    @Test
    void recordingATrainingUnderItsKeyPublishesTeacherTrainingCreated() {
        try (TopicProbe topic = probe()) {
            Response created = api.put(training(KEY), BODY);

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            JsonNode read = api.get(training(KEY)).json();
            assertThat(read.get("key").asString()).isEqualTo(KEY);
            assertThat(read.get("staffNo").asString()).isEqualTo("T1");
            assertThat(read.get("programme").asString()).isEqualTo("信息化教学能力提升");
            assertThat(read.get("level").asString()).isEqualTo("MUNICIPAL");
            assertThat(read.get("hours").asInt()).isEqualTo(40);
            assertThat(read.get("online").asBoolean()).isTrue();
            ConsumerRecord<String, byte[]> event = next(topic);
            Records.assertCloudEvent(event, "teacher-training.created", "/faculty-service", school, KEY, 1);
            assertThat(Records.value(event)).contains("\"startOn\":\"2020-07-06\"", "\"hours\":40");
        }
    }

    @Test
    void replacingPublishesTeacherTrainingUpdatedAndDeletingATombstoneWithTheHistoryKept() {
        api.put(training(KEY), BODY);
        try (TopicProbe topic = probe()) {
            Response replaced = api.put(training(KEY), BODY.replace("40", "32"), "If-Match", "\"1\"");
            assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
            Records.assertCloudEvent(next(topic), "teacher-training.updated", "/faculty-service", school, KEY, 2);
        }
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(training(KEY)).status()).isEqualTo(204);
            ConsumerRecord<String, byte[]> event = next(topic);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "teacher-training.deleted", "/faculty-service", school, KEY, 3);
        }
        assertThat(api.get(training(KEY)).status()).isEqualTo(404);
        JsonNode history = api.get(training(KEY) + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("type").asString()))
                .containsExactly("teacher-training.created", "teacher-training.updated", "teacher-training.deleted");
        assertThat(history.get(1).get("snapshot").get("hours").asInt()).isEqualTo(32);
        assertThat(history.get(1).get("actor").asString()).isNotBlank();
    }

    @Test
    void theTrainedStaffMemberMustBeOfThisSchool() {
        assertThat(error(api.put(training("T9:信息化教学能力提升:2020-07-06"), BODY)))
                .isEqualTo("staffNo: 'T9' is not a staff member of this school");
    }

    @Test
    void theEndMayNotComeBeforeTheStartAndHoursMayNotBeNegative() {
        assertThat(error(api.put(training(KEY), BODY.replace("2020-07-10", "2020-07-05"))))
                .isEqualTo("endOn: must not be before startOn (2020-07-06)");
        assertThat(error(api.put(training(KEY), BODY.replace("40", "-1")))).startsWith("hours: ");
    }

    @Test
    void theBodyMayRepeatTheKeyButNotContradictItAndAKeyOfTheWrongFormIsNamed() {
        Response repeated = api.put(training(KEY), BODY.replace("{", "{\"staffNo\":\"T1\",\"programme\":\"信息化教学能力提升\","));
        Response contradicted = api.put(training(KEY), BODY.replace("{", "{\"startOn\":\"2020-07-07\","));

        assertThat(repeated.status()).as(repeated.body()).isEqualTo(201);
        assertThat(error(contradicted)).isEqualTo("startOn: '2020-07-07' differs from the key in the path ('2020-07-06')");
        assertThat(error(api.put(training("T1:2020-07-06"), BODY))).startsWith("key: ");
        assertThat(error(api.put(training("T1:培训:2020.7.6"), BODY))).startsWith("key: ");
    }

    @Test
    void listsFilterByStaffLevelOnlineAndStartAndPage() {
        api.put(training(KEY), BODY);
        api.put(training("T2:信息化教学能力提升:2020-07-06"), BODY);
        api.put(training("T1:企业实践:2019-07-01"), "{\"level\":\"企业实践\",\"hours\":80}");

        assertThat(keys("?staffNo=T1")).containsExactly("T1:企业实践:2019-07-01", KEY);
        assertThat(keys("?level=ENTERPRISE")).containsExactly("T1:企业实践:2019-07-01");
        assertThat(keys("?online=true")).hasSize(2);
        assertThat(keys("?year=2020")).hasSize(2);
        assertThat(keys("?startFrom=2019-01-01&startTo=2019-12-31")).containsExactly("T1:企业实践:2019-07-01");
        JsonNode secondPage = api.get(trainings() + "?size=2&page=1").json();
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(secondPage.get("items").size()).isEqualTo(1);
        assertThat(api.get(trainings() + "?level=GLOBAL").status()).isEqualTo(400);
        assertThat(api.get(trainings() + "?year=0").status()).isEqualTo(400);
    }

    private List<String> keys(String query) {
        Response response = api.get(trainings() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(t -> t.get("key").asString()).toList();
    }

    @Test
    void aStaleIfMatchIs412() {
        api.put(training(KEY), BODY);
        api.put(training(KEY), BODY.replace("40", "32"));

        assertThat(api.put(training(KEY), BODY, "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(api.delete(training(KEY), "If-Match", "\"1\"").status()).isEqualTo(412);
    }
}
