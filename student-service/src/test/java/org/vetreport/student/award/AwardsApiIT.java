package org.vetreport.student.award;

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
import org.vetreport.student.SchoolFixture;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class AwardsApiIT {

    private static final String TEAM_GOLD = """
            {"competition":"全国职业院校技能大赛","event":"工业机器人技术应用","tier":"NATIONAL","medal":"GOLD",\
            "awardedOn":"2021-05-20","studentNos":["2020001","2020002"]}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "w" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token(Role.REGISTRAR, school, "other-" + school));
        new SchoolFixture(api, school).students("2020001", "2020002", "2020003");
    }

    private String awards() {
        return "/api/v1/schools/" + school + "/awards";
    }

    private Response post(String body, String... headers) {
        return api.post(awards(), "application/json", body, headers);
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_AWARDS.name());
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    @Test
    void postingAnAwardAnswers201WithItsLocationAndPublishesAwardCreated() {
        try (TopicProbe topic = probe()) {
            Response created = post(TEAM_GOLD.replace("\"NATIONAL\"", "\"国家级\"").replace("\"GOLD\"", "\"金\""));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            assertThat(created.header("Location")).endsWith(awards() + "/" + id);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            Response read = api.get(awards() + "/" + id);
            assertThat(read.header("ETag")).isEqualTo("\"1\"");
            JsonNode award = read.json();
            assertThat(award.get("tier").asString()).isEqualTo("NATIONAL");
            assertThat(award.get("medal").asString()).isEqualTo("GOLD");
            assertThat(award.get("studentNos").valueStream().map(JsonNode::asString)).containsExactly("2020001", "2020002");

            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            Records.assertCloudEvent(event, "award.created", "/student-service", school, id, 1);
            assertThat(Records.value(event)).contains("\"competition\":\"全国职业院校技能大赛\"", "\"studentNos\":[\"2020001\",\"2020002\"]");
        }
    }

    @Test
    void repeatingAnIdempotencyKeyAnswersTheFirstAwardAndPublishesNothingNew() {
        try (TopicProbe topic = probe()) {
            Response first = post(TEAM_GOLD, "Idempotency-Key", "k-1");
            Response again = post(TEAM_GOLD, "Idempotency-Key", "k-1");

            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.header("ETag")).isEqualTo("\"1\"");
            assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
            assertThat(api.get(awards()).json().get("total").asLong()).isEqualTo(1);
            topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(), Duration.ofSeconds(20));
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2)))).hasSize(1);
        }
    }

    @Test
    void reusingAnIdempotencyKeyForADifferentAwardIs409() {
        post(TEAM_GOLD, "Idempotency-Key", "k-2");

        Response conflict = post(TEAM_GOLD.replace("GOLD", "SILVER"), "Idempotency-Key", "k-2");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
        assertThat(conflict.json().get("detail").asString()).contains("k-2");
        assertThat(api.get(awards()).json().get("items").get(0).get("medal").asString()).isEqualTo("GOLD");
    }

    @Test
    void replayingTheIdempotencyKeyOfADeletedAwardIs409AndRecreatesNothing() {
        String location = post(TEAM_GOLD, "Idempotency-Key", "k-3").header("Location");
        api.delete(location.substring(location.indexOf("/api/")));

        Response replay = post(TEAM_GOLD, "Idempotency-Key", "k-3");

        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.json().get("detail").asString()).contains("deleted");
        assertThat(api.get(awards()).json().get("total").asLong()).isZero();
    }

    @Test
    void withoutAnIdempotencyKeyEveryPostRecordsAnotherAwardAndABlankKeyIs400() {
        String first = post(TEAM_GOLD).json().get("id").asString();
        String second = post(TEAM_GOLD).json().get("id").asString();

        assertThat(first).isNotEqualTo(second);
        assertThat(post(TEAM_GOLD, "Idempotency-Key", " ").json().get("errors").get(0).get("field").asString())
                .isEqualTo("Idempotency-Key");
    }

    @Test
    void aWinnerWhoIsNotAStudentOfThisSchoolIsA400NamingTheEntry() {
        new SchoolFixture(api, "other-" + school).students("2020009");

        Response response = post(TEAM_GOLD.replace("\"2020002\"", "\"2020009\""));

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("studentNos[1]");
        assertThat(error.get("message").asString()).isEqualTo("'2020009' is not a student of this school");
        assertThat(api.get(awards()).json().get("total").asLong()).isZero();
    }

    @Test
    void aWinnerNamedTwiceAndAnAwardWithoutWinnersAre400s() {
        Response twice = post(TEAM_GOLD.replace("\"2020002\"", "\"2020001\""));
        Response nobody = post(TEAM_GOLD.replace("[\"2020001\",\"2020002\"]", "[]"));

        assertThat(twice.json().get("errors").get(0).get("field").asString()).isEqualTo("studentNos[1]");
        assertThat(twice.json().get("errors").get(0).get("message").asString()).contains("second time");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("errors").get(0).get("field").asString()).isEqualTo("studentNos");
    }

    @Test
    void anUnknownMedalIsA400ListingTheMedals() {
        Response response = post(TEAM_GOLD.replace("GOLD", "PLATINUM"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("medal");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("GOLD, SILVER, BRONZE, EXCELLENCE");
    }

    @Test
    void putReplacesAnAwardAndPublishesAwardUpdated() {
        String id = post(TEAM_GOLD).json().get("id").asString();
        try (TopicProbe topic = probe()) {
            Response replaced = api.put(awards() + "/" + id, TEAM_GOLD.replace("\"2020002\"", "\"2020003\""), "If-Match", "\"1\"");

            assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
            assertThat(replaced.header("ETag")).isEqualTo("\"2\"");
            assertThat(replaced.json().get("studentNos").get(1).asString()).isEqualTo("2020003");
            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            Records.assertCloudEvent(event, "award.updated", "/student-service", school, id, 2);
        }
    }

    @Test
    void putOnAnIdTheServiceDidNotGiveIs404AndCreatesNothing() {
        Response response = api.put(awards() + "/my-own-id", TEAM_GOLD);

        assertThat(response.status()).isEqualTo(404);
        assertThat(api.get(awards() + "/my-own-id").status()).isEqualTo(404);
        assertThat(api.get(awards()).json().get("total").asLong()).isZero();
    }

    @Test
    void aStaleIfMatchIs412OnPutAndDelete() {
        String id = post(TEAM_GOLD).json().get("id").asString();
        api.put(awards() + "/" + id, TEAM_GOLD.replace("GOLD", "SILVER"));

        Response put = api.put(awards() + "/" + id, TEAM_GOLD.replace("GOLD", "BRONZE"), "If-Match", "\"1\"");
        Response delete = api.delete(awards() + "/" + id, "If-Match", "\"1\"");

        assertThat(put.status()).isEqualTo(412);
        assertThat(delete.status()).isEqualTo(412);
        assertThat(api.get(awards() + "/" + id).json().get("medal").asString()).isEqualTo("SILVER");
    }

    @Test
    void deleteAnswers204PublishesATombstoneAndTheHistoryKeepsEveryVersion() {
        String id = post(TEAM_GOLD).json().get("id").asString();
        api.put(awards() + "/" + id, TEAM_GOLD.replace("GOLD", "SILVER"));
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(awards() + "/" + id).status()).isEqualTo(204);

            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "award.deleted", "/student-service", school, id, 3);
        }
        assertThat(api.get(awards() + "/" + id).status()).isEqualTo(404);
        assertThat(api.put(awards() + "/" + id, TEAM_GOLD).status()).isEqualTo(404);
        JsonNode history = api.get(awards() + "/" + id + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 award.created", "2 award.updated", "3 award.deleted");
        assertThat(history.get(1).get("snapshot").get("medal").asString()).isEqualTo("SILVER");
    }

    @Test
    void listsFilterByTierMedalCompetitionDateAndWinnerAndPage() {
        post(TEAM_GOLD);
        post(TEAM_GOLD.replace("NATIONAL", "PROVINCIAL").replace("GOLD", "BRONZE").replace("2021-05-20", "2020-11-02")
                .replace("[\"2020001\",\"2020002\"]", "[\"2020003\"]"));
        post(TEAM_GOLD.replace("全国职业院校技能大赛", "世界技能大赛").replace("NATIONAL", "INTERNATIONAL")
                .replace("2021-05-20", "2021-10-15").replace("\"2020001\",", ""));

        assertThat(competitions("?tier=PROVINCIAL")).containsExactly("全国职业院校技能大赛");
        assertThat(competitions("?medal=GOLD")).hasSize(2);
        assertThat(competitions("?competition=世界技能大赛")).containsExactly("世界技能大赛");
        assertThat(competitions("?year=2021")).hasSize(2);
        assertThat(competitions("?awardedFrom=2021-06-01&awardedTo=2021-12-31")).containsExactly("世界技能大赛");
        assertThat(competitions("?studentNo=2020002")).hasSize(2);
        assertThat(competitions("?studentNo=2020003")).hasSize(1);
        assertThat(competitions("?studentNo=20200")).isEmpty();
        JsonNode secondPage = api.get(awards() + "?size=2&page=1").json();
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(secondPage.get("items").size()).isEqualTo(1);
        assertThat(api.get(awards() + "?tier=WORLD").status()).isEqualTo(400);
        assertThat(api.get(awards() + "?size=0").status()).isEqualTo(400);
    }

    private List<String> competitions(String query) {
        Response response = api.get(awards() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(a -> a.get("competition").asString()).toList();
    }
}
