package org.vetreport.faculty.elective;

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
class ElectivesApiIT {

    private static final String KEY = "XX2001:2020:1";
    private static final String BODY = """
            {"title":"3D打印创意设计","teacherStaffNos":["T1","T2"],"enrolledStudents":42,"online":false}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "n" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        new StaffFixture(api, school).teachers("T1", "T2");
    }

    private String electives() {
        return "/api/v1/schools/" + school + "/electives";
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FACULTY_ELECTIVES.name());
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    private ConsumerRecord<String, byte[]> next(TopicProbe topic) {
        return ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(), Duration.ofSeconds(20))).get(0);
    }

    private static String error(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        return error.get("field").asString() + ": " + error.get("message").asString();
    }

    @Test
    void recordingAnElectiveOfATermPublishesElectiveCreated() {
        try (TopicProbe topic = probe()) {
            Response created = api.put(electives() + "/" + KEY, BODY);

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode read = api.get(electives() + "/" + KEY).json();
            assertThat(read.get("code").asString()).isEqualTo("XX2001");
            assertThat(read.get("year").asInt()).isEqualTo(2020);
            assertThat(read.get("term").asInt()).isEqualTo(1);
            assertThat(read.get("teacherStaffNos").valueStream().map(JsonNode::asString)).containsExactly("T1", "T2");
            ConsumerRecord<String, byte[]> event = next(topic);
            Records.assertCloudEvent(event, "elective.created", "/faculty-service", school, KEY, 1);
            assertThat(Records.value(event)).contains("\"enrolledStudents\":42");
        }
    }

    @Test
    void replacingPublishesElectiveUpdatedAndDeletingATombstoneWithTheHistoryKept() {
        api.put(electives() + "/" + KEY, BODY);
        try (TopicProbe topic = probe()) {
            assertThat(api.put(electives() + "/" + KEY, BODY.replace("42", "45"), "If-Match", "\"1\"").status()).isEqualTo(200);
            Records.assertCloudEvent(next(topic), "elective.updated", "/faculty-service", school, KEY, 2);
        }
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(electives() + "/" + KEY, "If-Match", "\"1\"").status()).isEqualTo(412);
            assertThat(api.delete(electives() + "/" + KEY).status()).isEqualTo(204);
            ConsumerRecord<String, byte[]> event = next(topic);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "elective.deleted", "/faculty-service", school, KEY, 3);
        }
        JsonNode history = api.get(electives() + "/" + KEY + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 elective.created", "2 elective.updated", "3 elective.deleted");
        assertThat(history.get(1).get("snapshot").get("enrolledStudents").asInt()).isEqualTo(45);
        assertThat(history.get(1).get("actor").asString()).isNotBlank();
    }

    @Test
    void everyTeacherMustBeStaffOfThisSchoolAndCountsMayNotBeNegative() {
        assertThat(error(api.put(electives() + "/" + KEY, BODY.replace("\"T2\"", "\"T9\""))))
                .isEqualTo("teacherStaffNos[1]: 'T9' is not a staff member of this school");
        assertThat(error(api.put(electives() + "/" + KEY, BODY.replace("42", "-1")))).startsWith("enrolledStudents: ");
        assertThat(error(api.put(electives() + "/" + KEY, BODY.replace("[\"T1\",\"T2\"]", "[]")))).startsWith("teacherStaffNos");
        assertThat(error(api.put(electives() + "/XX2001:2020:3", BODY))).startsWith("term: must be 1 (autumn) or 2 (spring)");
    }

    @Test
    void theBodyMayRepeatTheKeyButNotContradictItAndAKeyOfTheWrongFormIsNamed() {
        assertThat(api.put(electives() + "/" + KEY, BODY.replace("{", "{\"code\":\"XX2001\",\"year\":2020,\"term\":1,"))
                .status()).isEqualTo(201);
        assertThat(error(api.put(electives() + "/" + KEY, BODY.replace("{", "{\"year\":2021,"))))
                .isEqualTo("year: '2021' differs from the key in the path ('2020')");
        assertThat(error(api.put(electives() + "/XX2001:2020", BODY))).startsWith("key: ");
        assertThat(error(api.put(electives() + "/XX2001:2020-2021:1", BODY))).startsWith("key: ");
    }

    @Test
    void listsFilterByCodeYearTermTeacherAndOnline() {
        api.put(electives() + "/" + KEY, BODY);
        api.put(electives() + "/XX2001:2019:2", BODY);
        api.put(electives() + "/XX2002:2020:1", BODY.replace("[\"T1\",\"T2\"]", "[\"T2\"]").replace("false", "true"));

        assertThat(keys("?code=XX2001")).containsExactly("XX2001:2019:2", KEY);
        assertThat(keys("?year=2020")).containsExactly(KEY, "XX2002:2020:1");
        assertThat(keys("?year=2019&term=2")).containsExactly("XX2001:2019:2");
        assertThat(keys("?teacherStaffNo=T1")).hasSize(2);
        assertThat(keys("?online=true")).containsExactly("XX2002:2020:1");
        assertThat(api.get(electives() + "?term=first").status()).isEqualTo(400);
    }

    private List<String> keys(String query) {
        Response response = api.get(electives() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(e -> e.get("key").asString()).toList();
    }
}
