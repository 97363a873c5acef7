package org.vetreport.training.session;

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
class TrainingSessionsApiIT {

    private static final String PASTRY = """
            {"title":"中式面点师职业技能等级认定","occupation":"中式面点师","programme":"技能鉴定","audience":"社会人员",\
            "commissionedBy":"嘉兴市人力资源和社会保障局","startOn":"2020-09-14","endOn":"2020-09-18",\
            "trainees":120,"appraised":110,"passed":95}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "t");
        api = school.api();
    }

    private String session(String code) {
        return school.path("training-sessions/" + code);
    }

    @Test
    void aSessionIsRecordedReplacedAndDeletedAndEachChangeIsPublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_SESSIONS.name())) {
            Response created = api.put(session("PX-031"), PASTRY);
            Response unchanged = api.put(session("PX-031"), PASTRY.replace("技能鉴定", "SKILL_APPRAISAL"));
            Response replaced = api.put(session("PX-031"), PASTRY.replace("95", "98"), "If-Match", "\"1\"");
            Response deleted = api.delete(session("PX-031"));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith(session("PX-031"));
            assertThat(created.json().get("programme").asString()).isEqualTo("SKILL_APPRAISAL");
            assertThat(created.json().get("audience").asString()).isEqualTo("SOCIAL");
            assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
            assertThat(replaced.json().get("passed").asInt()).isEqualTo(98);
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get(session("PX-031")).status()).isEqualTo(404);

            List<ConsumerRecord<String, byte[]>> events = school.await(topic, 3);
            Records.assertCloudEvent(events.get(0), "training-session.created", "/training-service", school.code(), "PX-031", 1);
            Records.assertCloudEvent(events.get(1), "training-session.updated", "/training-service", school.code(), "PX-031", 2);
            Records.assertCloudEvent(events.get(2), "training-session.deleted", "/training-service", school.code(), "PX-031", 3);
            assertThat(Records.value(events.get(0))).contains("\"trainees\":120", "\"appraised\":110", "\"passed\":95",
                    "\"occupation\":\"中式面点师\"");
            assertThat(Records.value(events.get(2))).isNull();
        }
    }

    @Test
    void historyListsEveryVersionWithItsWriterAndTime() {
        api.put(session("PX-031"), PASTRY);
        api.put(session("PX-031"), PASTRY.replace("\"endOn\":\"2020-09-18\",", ""));

        JsonNode history = api.get(session("PX-031") + "/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 training-session.created", "2 training-session.updated");
        assertThat(history.get(0).get("actor").asString()).startsWith("user-");
        assertThat(history.get(1).get("time").asString()).isNotBlank();
        assertThat(history.get(1).get("snapshot").get("endOn").isNull()).isTrue();
    }

    @Test
    void counterpartSupportNamesTheRegionSupported() {
        Response response = api.put(session("PX-040"), """
                {"title":"藏家乐经营与管理","programme":"OTHER","audience":"农村劳动力","commissionedBy":"经开区人力资源和社会保障局",\
                "region":"四川阿坝","startOn":"2020-09-07","trainees":45}""");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("region").asString()).isEqualTo("四川阿坝");
        assertThat(response.json().get("appraised").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}: 400 on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"appraised":121}                   | appraised  | must not be more than trainees (120)
            {"passed":111}                      | passed     | must not be more than appraised (110)
            {"trainees":-1,"appraised":0,"passed":0} | trainees | must not be negative
            {"endOn":"2020-09-13"}              | endOn      | must not be before startOn (2020-09-14)
            {"programme":"烹饪"}                 | programme  | '烹饪' is not valid: expected one of
            {"audience":null}                   | audience   | is required: one of
            {"trainees":"120"}                  | trainees   | expected a whole number
            {"code":"PX-032"}                   | code       | 'PX-032' differs from the code in the path
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String change, String field, String message) {
        Response response = api.put(session("PX-031"), PASTRY.substring(0, PASTRY.length() - 1) + "," + change.substring(1));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(school.total("training-sessions")).isZero();
    }

    @Test
    void aStaleIfMatchIs412() {
        api.put(session("PX-031"), PASTRY);

        assertThat(api.put(session("PX-031"), PASTRY.replace("95", "96"), "If-Match", "\"4\"").status()).isEqualTo(412);
        assertThat(api.delete(session("PX-031"), "If-Match", "\"4\"").status()).isEqualTo(412);
    }

    @Test
    void listsFilterByProgrammeAudienceTradeRegionClientAndStartAndPageInCodeOrder() {
        api.put(session("PX-033"), PASTRY.replace("技能鉴定", "SYB创业培训").replace("社会人员", "下岗失业人员")
                .replace("2020-09-14", "2019-05-06").replace("2020-09-18", "2019-05-10"));
        api.put(session("PX-031"), PASTRY);
        api.put(session("PX-032"), PASTRY.replace("中式面点师\",", "电工\",").replace("嘉兴市人力资源和社会保障局", "南湖区人社局")
                .replace("\"startOn\"", "\"region\":\"丽水遂昌\",\"startOn\""));

        assertThat(codes("")).containsExactly("PX-031", "PX-032", "PX-033");
        assertThat(codes("?programme=ENTREPRENEURSHIP_SYB")).containsExactly("PX-033");
        assertThat(codes("?audience=UNEMPLOYED")).containsExactly("PX-033");
        assertThat(codes("?occupation=电工")).containsExactly("PX-032");
        assertThat(codes("?region=丽水遂昌")).containsExactly("PX-032");
        assertThat(codes("?commissionedBy=南湖区人社局")).containsExactly("PX-032");
        assertThat(codes("?year=2020")).containsExactly("PX-031", "PX-032");
        assertThat(codes("?startTo=2019-12-31")).containsExactly("PX-033");
        assertThat(codes("?startFrom=2020-01-01&programme=SKILL_APPRAISAL")).containsExactly("PX-031", "PX-032");
        assertThat(codes("?size=2&page=1")).containsExactly("PX-033");
        assertThat(api.get(school.path("training-sessions?audience=EVERYONE")).status()).isEqualTo(400);
    }

    private List<String> codes(String query) {
        Response response = api.get(school.path("training-sessions" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(s -> s.get("code").asString()).toList();
    }
}
