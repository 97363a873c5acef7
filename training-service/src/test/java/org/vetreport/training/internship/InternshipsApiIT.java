package org.vetreport.training.internship;

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
class InternshipsApiIT {

    private static final String KEY = "2020001:2020-07-01";
    private static final String PLACEMENT = """
            {"partnerCode":"RH001","kind":"顶岗实习","relevantToMajor":true,"insured":true}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "i").withPartners("RH001", "SC002");
        api = school.api();
    }

    private String internship(String key) {
        return school.path("internships/" + key);
    }

    @Test
    void anInternshipIsRecordedEndedAndDeletedAndEachChangeIsPublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_INTERNSHIPS.name())) {
            Response created = api.put(internship(KEY), PLACEMENT);
            Response unchanged = api.put(internship(KEY), PLACEMENT.replace("{", "{\"studentNo\":\"2020001\","
                    + "\"startOn\":\"2020-07-01\",\"hiredByHost\":false,"));
            Response ended = api.put(internship(KEY), PLACEMENT.replace("}", ",\"endOn\":\"2021-01-15\",\"hiredByHost\":true}"),
                    "If-Match", "\"1\"");
            Response deleted = api.delete(internship(KEY));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith(internship(KEY));
            JsonNode body = created.json();
            assertThat(body.get("key").asString()).isEqualTo(KEY);
            assertThat(body.get("kind").asString()).isEqualTo("PLACEMENT");
            assertThat(body.get("startOn").asString()).isEqualTo("2020-07-01");
            assertThat(body.get("hiredByHost").asBoolean()).isFalse();
            assertThat(unchanged.status()).as(unchanged.body()).isEqualTo(200);
            assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
            assertThat(ended.json().get("hiredByHost").asBoolean()).isTrue();
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get(internship(KEY)).status()).isEqualTo(404);

            List<ConsumerRecord<String, byte[]>> events = school.await(topic, 3);
            Records.assertCloudEvent(events.get(0), "internship.created", "/training-service", school.code(), KEY, 1);
            Records.assertCloudEvent(events.get(1), "internship.updated", "/training-service", school.code(), KEY, 2);
            Records.assertCloudEvent(events.get(2), "internship.deleted", "/training-service", school.code(), KEY, 3);
            assertThat(Records.value(events.get(0))).contains("\"studentNo\":\"2020001\"", "\"partnerCode\":\"RH001\"",
                    "\"relevantToMajor\":true", "\"insured\":true");
            assertThat(Records.value(events.get(1))).contains("\"endOn\":\"2021-01-15\"", "\"hiredByHost\":true");
            assertThat(Records.value(events.get(2))).isNull();
        }
    }

    @Test
    void historyListsEveryVersionWithItsWriterAndTime() {
        api.put(internship(KEY), PLACEMENT);
        api.put(internship(KEY), PLACEMENT.replace("\"relevantToMajor\":true", "\"relevantToMajor\":false"));

        JsonNode history = api.get(internship(KEY) + "/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 internship.created", "2 internship.updated");
        assertThat(history.get(0).get("actor").asString()).startsWith("user-");
        assertThat(history.get(1).get("time").asString()).isNotBlank();
        assertThat(history.get(1).get("snapshot").get("relevantToMajor").asBoolean()).isFalse();
    }

    @Test
    void anEmployerThatIsNoPartnerIsNamedAsHost() {
        Response response = api.put(internship("2020002:2020-03-02"),
                "{\"host\":\"嘉兴某汽车维修有限公司\",\"kind\":\"认识实习\",\"relevantToMajor\":false,\"insured\":true}");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("host").asString()).isEqualTo("嘉兴某汽车维修有限公司");
        assertThat(response.json().hasNonNull("partnerCode")).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}: 400 on {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2020001:2020-07-01  | {"partnerCode":"RH009"}                | partnerCode | 'RH009' is not a partner of this school
            2020001:2020-07-01  | {"host":"某公司"}                        | host        | must be absent when partnerCode is given
            2020001:2020-07-01  | {"partnerCode":null}                   | partnerCode | give exactly one of partnerCode and host
            2020001:2020-07-01  | {"endOn":"2020-06-30"}                 | endOn       | must not be before startOn (2020-07-01)
            2020001:2020-07-01  | {"kind":"实训"}                         | kind        | '实训' is not valid: expected one of PLACEMENT
            2020001:2020-07-01  | {"insured":null}                       | insured     | is required
            2020001:2020-07-01  | {"relevantToMajor":"是"}                | relevantToMajor | expected true or false
            2020001:2020-07-01  | {"studentNo":"2020002"}                | studentNo   | '2020002' differs from the key in the path
            2020001:2020-07-01  | {"startOn":"2020-07-02"}               | startOn     | differs from the key in the path
            2020001:2020-7-1    | {}                                     | startOn     | '2020-7-1' in the key is not a date
            2020001             | {}                                     | key         | must have the form studentNo:startOn
            2020 001:2020-07-01 | {}                                     | studentNo   | must be a student number
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String key, String change, String field, String message) {
        String body = change.equals("{}") ? PLACEMENT
                : PLACEMENT.substring(0, PLACEMENT.length() - 1) + "," + change.substring(1);

        Response response = api.put(internship(TrainingSchool.segment(key)), body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(school.total("internships")).isZero();
    }

    @Test
    void aStaleIfMatchIs412() {
        api.put(internship(KEY), PLACEMENT);

        assertThat(api.put(internship(KEY), PLACEMENT.replace("true}", "false}"), "If-Match", "\"5\"").status()).isEqualTo(412);
        assertThat(api.delete(internship(KEY), "If-Match", "\"5\"").status()).isEqualTo(412);
    }

    @Test
    void listsFilterByStudentPartnerKindStartOngoingAndTheRatesFieldsAndPageInKeyOrder() {
        api.put(internship("2020002:2020-09-01"), PLACEMENT.replace("RH001", "SC002").replace("顶岗实习", "跟岗实习")
                .replace("\"insured\":true", "\"insured\":false"));
        api.put(internship(KEY), PLACEMENT.replace("}", ",\"endOn\":\"2020-12-31\",\"hiredByHost\":true}"));
        api.put(internship("2020001:2021-03-01"), PLACEMENT.replace("\"relevantToMajor\":true", "\"relevantToMajor\":false"));

        assertThat(keys("")).containsExactly(KEY, "2020001:2021-03-01", "2020002:2020-09-01");
        assertThat(keys("?studentNo=2020002")).containsExactly("2020002:2020-09-01");
        assertThat(keys("?partnerCode=RH001")).containsExactly(KEY, "2020001:2021-03-01");
        assertThat(keys("?kind=FOLLOW_UP")).containsExactly("2020002:2020-09-01");
        assertThat(keys("?year=2020")).containsExactly(KEY, "2020002:2020-09-01");
        assertThat(keys("?startFrom=2020-08-01&startTo=2021-02-28")).containsExactly("2020002:2020-09-01");
        assertThat(keys("?ongoingOn=2020-12-31")).containsExactly(KEY, "2020002:2020-09-01");
        assertThat(keys("?ongoingOn=2021-01-01")).containsExactly("2020002:2020-09-01");
        assertThat(keys("?relevantToMajor=false")).containsExactly("2020001:2021-03-01");
        assertThat(keys("?insured=false")).containsExactly("2020002:2020-09-01");
        assertThat(keys("?hiredByHost=true")).containsExactly(KEY);
        assertThat(keys("?size=1&page=2")).containsExactly("2020002:2020-09-01");
        assertThat(api.get(school.path("internships?kind=实训")).status()).isEqualTo(400);
    }

    private List<String> keys(String query) {
        Response response = api.get(school.path("internships" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(i -> i.get("key").asString()).toList();
    }
}
