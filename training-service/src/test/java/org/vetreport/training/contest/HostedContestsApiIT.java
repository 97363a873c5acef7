package org.vetreport.training.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TopicProbe;
import org.vetreport.training.TrainingSchool;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class HostedContestsApiIT {

    private static final String WORLD_SKILLS = """
            {"name":"第46届世界技能大赛浙江省选拔赛","level":"省级","role":"承办","date":"2020-07-20",\
            "events":["移动机器人","信息网络布线","网络系统管理","烘焙"]}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "h");
        api = school.api();
    }

    private String contests() {
        return school.path("hosted-contests");
    }

    private Response post(String body, String... headers) {
        return api.post(contests(), "application/json", body, headers);
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_HOSTED_CONTESTS.name());
    }

    @Test
    void postingAContestAnswers201WithItsLocationAndPublishesHostedContestCreated() {
        try (TopicProbe topic = probe()) {
            Response created = post(WORLD_SKILLS);

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String id = created.json().get("id").asString();
            assertThat(created.header("Location")).endsWith(contests() + "/" + id);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            JsonNode read = api.get(contests() + "/" + id).json();
            assertThat(read.get("level").asString()).isEqualTo("PROVINCIAL");
            assertThat(read.get("role").asString()).isEqualTo("HOST");
            assertThat(read.get("events").size()).isEqualTo(4);
            ConsumerRecord<String, byte[]> event = school.next(topic);
            Records.assertCloudEvent(event, "hosted-contest.created", "/training-service", school.code(), id, 1);
            assertThat(Records.value(event)).contains("\"events\":[\"移动机器人\",\"信息网络布线\",\"网络系统管理\",\"烘焙\"]");
        }
    }

    @Test
    void repeatingAnIdempotencyKeyAnswersTheFirstContestAndADifferentOneUnderItIs409() {
        Response first = post(WORLD_SKILLS, "Idempotency-Key", "ws-46");
        Response again = post(WORLD_SKILLS, "Idempotency-Key", "ws-46");
        Response conflict = post(WORLD_SKILLS.replace("承办", "协办"), "Idempotency-Key", "ws-46");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(school.total("hosted-contests")).isEqualTo(1);
    }

    @Test
    void putReplacesAContestPublishingUpdatedAndNeverCreatesOne() {
        String id = post(WORLD_SKILLS).json().get("id").asString();
        try (TopicProbe topic = probe()) {
            Response replaced = api.put(contests() + "/" + id, WORLD_SKILLS.replace(",\"烘焙\"", ""), "If-Match", "\"1\"");

            assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
            assertThat(replaced.json().get("events").size()).isEqualTo(3);
            Records.assertCloudEvent(school.next(topic), "hosted-contest.updated", "/training-service", school.code(), id, 2);
        }
        assertThat(api.put(contests() + "/made-up", WORLD_SKILLS).status()).isEqualTo(404);
        assertThat(api.put(contests() + "/" + id, WORLD_SKILLS, "If-Match", "\"1\"").status()).isEqualTo(412);
    }

    @Test
    void deletePublishesATombstoneAndTheHistoryKeepsEveryVersionWithItsWriter() {
        String id = post(WORLD_SKILLS).json().get("id").asString();
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(contests() + "/" + id).status()).isEqualTo(204);

            ConsumerRecord<String, byte[]> event = school.next(topic);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "hosted-contest.deleted", "/training-service", school.code(), id, 2);
        }
        assertThat(api.get(contests() + "/" + id).status()).isEqualTo(404);
        JsonNode history = api.get(contests() + "/" + id + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("type").asString()))
                .containsExactly("hosted-contest.created", "hosted-contest.deleted");
        assertThat(history.get(0).get("actor").asString()).startsWith("user-");
        assertThat(history.get(0).get("time").asString()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: 400 on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"events":[]}                          | events    | must name at least one event
            {"events":["烘焙","烘焙"]}               | events[1] | names '烘焙' a second time
            {"level":"区级"}                        | level     | '区级' is not valid: expected one of
            {"role":null}                          | role      | is required: one of [HOST, CO_HOST]
            {"date":"2020/07/20"}                  | date      | expected a date written YYYY-MM-DD
            {"name":" "}                           | name      | must be 1 to 200 characters
            {"host":"嘉兴技师学院"}                   | host      | is not a field of this resource
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String change, String field, String message) {
        Response response = post(WORLD_SKILLS.substring(0, WORLD_SKILLS.length() - 1) + "," + change.substring(1));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(school.total("hosted-contests")).isZero();
    }

    @Test
    void listsFilterByLevelRoleEventAndDate() {
        post(WORLD_SKILLS);
        post(WORLD_SKILLS.replace("第46届世界技能大赛浙江省选拔赛", "浙江省中等职业学校职业能力大赛").replace("承办", "协办")
                .replace("[\"移动机器人\",\"信息网络布线\",\"网络系统管理\",\"烘焙\"]", "[\"电气安装与维修\"]"));
        post(WORLD_SKILLS.replace("省级", "国际级").replace("2020-07-20", "2019-11-08")
                .replace("[\"移动机器人\",\"信息网络布线\",\"网络系统管理\",\"烘焙\"]", "[\"工业机器人装调维修\"]"));

        assertThat(names("?level=PROVINCIAL")).hasSize(2);
        assertThat(names("?role=CO_HOST")).containsExactly("浙江省中等职业学校职业能力大赛");
        assertThat(names("?event=烘焙")).containsExactly("第46届世界技能大赛浙江省选拔赛");
        assertThat(names("?year=2019")).hasSize(1);
        assertThat(names("?dateFrom=2020-01-01&dateTo=2020-12-31")).hasSize(2);
        assertThat(names("?size=2")).hasSize(2);
        assertThat(api.get(contests() + "?role=SPONSOR").status()).isEqualTo(400);
    }

    private List<String> names(String query) {
        Response response = api.get(contests() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(c -> c.get("name").asString()).toList();
    }
}
