package org.vetreport.student.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
class ActivitiesApiIT {

    private static final String CLUB = """
            {"kind":"CLUB","title":"机器人创新社","activeFrom":"2018-09-15","participants":45}""";
    private static final String VOLUNTEERING = """
            {"kind":"VOLUNTEER_EVENT","title":"学雷锋志愿服务","date":"2021-03-05","participants":120}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "c" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.REGISTRAR, school));
    }

    private String activities() {
        return "/api/v1/schools/" + school + "/activities";
    }

    private Response post(String body, String... headers) {
        return api.post(activities(), "application/json", body, headers);
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_ACTIVITIES.name());
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    private static List<String> fieldsOf(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    @Test
    void postingAClubAnswers201WithItsLocationAndPublishesActivityCreated() {
        try (TopicProbe topic = probe()) {
            Response created = post(CLUB.replace("\"CLUB\"", "\"社团\""));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            assertThat(created.header("Location")).endsWith(activities() + "/" + id);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            Response read = api.get(activities() + "/" + id);
            assertThat(read.header("ETag")).isEqualTo("\"1\"");
            assertThat(read.json().get("kind").asString()).isEqualTo("CLUB");
            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            Records.assertCloudEvent(event, "activity.created", "/student-service", school, id, 1);
            assertThat(Records.value(event)).contains("\"title\":\"机器人创新社\"", "\"participants\":45");
        }
    }

    @Test
    void repeatingAnIdempotencyKeyAnswersTheFirstActivityAndPublishesNothingNew() {
        try (TopicProbe topic = probe()) {
            Response first = post(VOLUNTEERING, "Idempotency-Key", "a-1");
            Response again = post(VOLUNTEERING, "Idempotency-Key", "a-1");

            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
            topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(), Duration.ofSeconds(20));
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2)))).hasSize(1);
        }
        assertThat(api.get(activities()).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void reusingAnIdempotencyKeyForADifferentActivityIs409() {
        post(VOLUNTEERING, "Idempotency-Key", "a-2");

        Response conflict = post(VOLUNTEERING.replace("120", "130"), "Idempotency-Key", "a-2");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(activities()).json().get("items").get(0).get("participants").asInt()).isEqualTo(120);
    }

    @Test
    void aNegativeCountOfParticipantsIsA400() {
        assertThat(fieldsOf(post(VOLUNTEERING.replace("120", "-3")))).containsExactly("participants");
        assertThat(api.get(activities()).json().get("total").asLong()).isZero();
    }

    @Test
    void aClubThatClosesBeforeItStartedIsA400() {
        Response response = post(CLUB.replace("\"participants\"", "\"activeUntil\":\"2018-09-01\",\"participants\""));

        assertThat(fieldsOf(response)).containsExactly("activeUntil");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("must be after activeFrom (2018-09-15)");
    }

    @Test
    void aClubWithADateAndAnEventWithoutOneAre400s() {
        assertThat(fieldsOf(post(CLUB.replace("\"activeFrom\"", "\"date\":\"2021-03-05\",\"activeFrom\"")))).containsExactly("date");
        assertThat(fieldsOf(post(VOLUNTEERING.replace("\"date\"", "\"activeFrom\""))))
                .containsExactly("date", "activeFrom");
        assertThat(fieldsOf(post(CLUB.replace("\"activeFrom\":\"2018-09-15\",", "")))).containsExactly("activeFrom");
    }

    @Test
    void putReplacesAnActivityAndPublishesActivityUpdatedButNeverCreatesOne() {
        String id = post(CLUB).json().get("id").asString();
        try (TopicProbe topic = probe()) {
            Response closed = api.put(activities() + "/" + id,
                    CLUB.replace("\"participants\"", "\"activeUntil\":\"2022-06-30\",\"participants\""), "If-Match", "\"1\"");

            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            assertThat(closed.header("ETag")).isEqualTo("\"2\"");
            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            Records.assertCloudEvent(event, "activity.updated", "/student-service", school, id, 2);
        }
        assertThat(api.put(activities() + "/not-given", CLUB).status()).isEqualTo(404);
        assertThat(api.get(activities()).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aStaleIfMatchIs412OnPutAndDelete() {
        String id = post(CLUB).json().get("id").asString();
        api.put(activities() + "/" + id, CLUB.replace("45", "50"));

        assertThat(api.put(activities() + "/" + id, CLUB.replace("45", "60"), "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(api.delete(activities() + "/" + id, "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(api.get(activities() + "/" + id).json().get("participants").asInt()).isEqualTo(50);
    }

    @Test
    void deleteAnswers204PublishesATombstoneAndTheHistoryKeepsEveryVersion() {
        String id = post(VOLUNTEERING).json().get("id").asString();
        api.put(activities() + "/" + id, VOLUNTEERING.replace("120", "135"));
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(activities() + "/" + id).status()).isEqualTo(204);

            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "activity.deleted", "/student-service", school, id, 3);
        }
        assertThat(api.get(activities() + "/" + id).status()).isEqualTo(404);
        JsonNode history = api.get(activities() + "/" + id + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 activity.created", "2 activity.updated", "3 activity.deleted");
        assertThat(history.get(1).get("snapshot").get("participants").asInt()).isEqualTo(135);
    }

    @Test
    void listsFilterByKindAndSelectEventsHeldAndClubsActiveInAPeriod() {
        post(CLUB);
        post(CLUB.replace("机器人创新社", "书法社").replace("\"participants\"", "\"activeUntil\":\"2020-06-30\",\"participants\""));
        post(VOLUNTEERING);
        post(VOLUNTEERING.replace("VOLUNTEER_EVENT", "SPORTS_EVENT").replace("学雷锋志愿服务", "校运动会").replace("2021-03-05", "2019-10-20"));

        assertThat(titles("?kind=CLUB")).containsExactlyInAnyOrder("机器人创新社", "书法社");
        assertThat(titles("?year=2021")).containsExactlyInAnyOrder("机器人创新社", "学雷锋志愿服务");
        assertThat(titles("?year=2019")).containsExactlyInAnyOrder("机器人创新社", "书法社", "校运动会");
        assertThat(titles("?from=2020-07-01&to=2021-03-04")).containsExactly("机器人创新社");
        assertThat(titles("?to=2018-09-14")).isEmpty();
        assertThat(titles("?from=2021-03-05&kind=VOLUNTEER_EVENT")).containsExactly("学雷锋志愿服务");
        assertThat(titles("?year=2020&from=2021-01-01")).isEmpty();
        assertThat(api.get(activities() + "?size=3&page=1").json().get("items").size()).isEqualTo(1);
        assertThat(fieldsOf(api.get(activities() + "?from=2021-01-01&to=2020-01-01"))).containsExactly("to");
        assertThat(api.get(activities() + "?kind=PARTY").status()).isEqualTo(400);
    }

    private List<String> titles(String query) {
        Response response = api.get(activities() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(a -> a.get("title").asString()).toList();
    }
}
