package org.vetreport.student.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.student.TestSchool.segment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.vetreport.student.TestSchool;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class CertificatesApiIT {

    private static final String ELECTRICIAN = "2020001:电工中级:2020-06-30";
    private static final String BODY = "{\"kind\":\"VOCATIONAL_QUALIFICATION\",\"level\":\"LEVEL_4\",\"issuer\":\"嘉兴市人力资源和社会保障局\"}";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TestSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TestSchool.create(port, "c").withStudents("2020001", "2020002");
        api = school.api();
    }

    private String certificate(String key) {
        return school.path("certificates/" + segment(key));
    }

    @Test
    void aCertificateIsRecordedChangedAndDeletedUnderItsEncodedKeyAndEachChangeIsPublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_CERTIFICATES.name())) {
            Response created = api.put(certificate(ELECTRICIAN), BODY);
            Response changed = api.put(certificate(ELECTRICIAN), BODY.replace("LEVEL_4", "中级工").replace("嘉兴市", "浙江省"));
            Response read = api.get(certificate(ELECTRICIAN));
            Response deleted = api.delete(certificate(ELECTRICIAN));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode body = created.json();
            assertThat(body.get("key").asString()).isEqualTo(ELECTRICIAN);
            assertThat(body.get("name").asString()).isEqualTo("电工中级");
            assertThat(body.get("issuedOn").asString()).isEqualTo("2020-06-30");
            assertThat(changed.status()).isEqualTo(200);
            assertThat(read.header("ETag")).isEqualTo("\"2\"");
            assertThat(read.json().get("issuer").asString()).isEqualTo("浙江省人力资源和社会保障局");
            assertThat(read.json().get("level").asString()).isEqualTo("LEVEL_4");
            assertThat(deleted.status()).isEqualTo(204);

            List<ConsumerRecord<String, byte[]>> events = school.own(
                    topic.awaitRecords(r -> school.own(r).size() == 3, Duration.ofSeconds(20)));
            Records.assertCloudEvent(events.get(0), "certificate.created", "/student-service", school.code(), ELECTRICIAN, 1);
            Records.assertCloudEvent(events.get(1), "certificate.updated", "/student-service", school.code(), ELECTRICIAN, 2);
            Records.assertCloudEvent(events.get(2), "certificate.deleted", "/student-service", school.code(), ELECTRICIAN, 3);
            assertThat(Records.value(events.get(0))).contains("\"name\":\"电工中级\"", "\"kind\":\"VOCATIONAL_QUALIFICATION\"");
        }
    }

    @Test
    void aNameWithAColonIsPartOfItsKeyAndChineseNamesOfKindAndLevelAreAccepted() {
        String key = "2020001:1+X:网店运营推广:2021-01-15";

        Response created = api.put(certificate(key), "{\"kind\":\"1+X\",\"level\":\"初级\",\"issuer\":\"中教畅享\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode read = api.get(certificate(key)).json();
        assertThat(read.get("name").asString()).isEqualTo("1+X:网店运营推广");
        assertThat(read.get("kind").asString()).isEqualTo("ONE_PLUS_X");
        assertThat(read.get("level").asString()).isEqualTo("LEVEL_5");
    }

    @Test
    void historyListsEveryVersionWithItsWriter() {
        api.put(certificate(ELECTRICIAN), BODY);
        api.put(certificate(ELECTRICIAN), BODY.replace("LEVEL_4", "LEVEL_3"));
        api.delete(certificate(ELECTRICIAN));

        JsonNode history = api.get(certificate(ELECTRICIAN) + "/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 certificate.created", "2 certificate.updated", "3 certificate.deleted");
        assertThat(history.get(1).get("snapshot").get("level").asString()).isEqualTo("LEVEL_3");
        assertThat(history.get(0).get("actor").asString()).startsWith("user-");
    }

    @Test
    void keyFieldsInTheBodyMayBeGivenAndMustAgreeWithThePath() {
        Response agreeing = api.put(certificate(ELECTRICIAN), BODY.replace("{",
                "{\"studentNo\":\"2020001\",\"name\":\"电工中级\",\"issuedOn\":\"2020-06-30\","));
        Response disagreeing = api.put(certificate(ELECTRICIAN), BODY.replace("{", "{\"name\":\"电工高级\",\"issuedOn\":\"2020-07-01\","));

        assertThat(agreeing.status()).as(agreeing.body()).isEqualTo(201);
        assertThat(disagreeing.status()).isEqualTo(400);
        assertThat(disagreeing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("name", "issuedOn");
    }

    @ParameterizedTest(name = "{0} {1}: 400 on {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2020999:电工中级:2020-06-30   | {"kind":"OTHER","issuer":"某机构"}                  | studentNo | '2020999' is not a student of this school
            2020001:电工中级:2999-06-30   | {"kind":"OTHER","issuer":"某机构"}                  | issuedOn  | must not be in the future
            2020001:电工中级:1999-06-30   | {"kind":"OTHER","issuer":"某机构"}                  | issuedOn  | must be in 2000 or later
            2020001:电工中级:2020-13-01   | {"kind":"OTHER","issuer":"某机构"}                  | issuedOn  | '2020-13-01' in the key is not a date written YYYY-MM-DD
            2020001:电工中级:2020-06-30   | {"issuer":"某机构"}                                 | kind      | is required: one of
            2020001:电工中级:2020-06-30   | {"kind":"OTHER"}                                    | issuer    | must be 1 to 100 characters
            2020001:电工中级:2020-06-30   | {"kind":"OTHER","issuer":"某机构","level":"大师"}    | level     | is not valid: expected one of LEVEL_5
            2020001:电工中级:2020-06-30   | {"kind":"DIPLOMA","issuer":"某机构"}                | kind      | is not valid: expected one of VOCATIONAL_QUALIFICATION
            2020001:电工中级              | {"kind":"OTHER","issuer":"某机构"}                  | key       | must have the form studentNo:name:issuedOn
            2020001: 电工中级:2020-06-30  | {"kind":"OTHER","issuer":"某机构"}                  | key       | is not written as this record's key is: '2020001:电工中级:2020-06-30'
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String key, String body, String field, String message) {
        Response response = api.put(certificate(key), body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(api.get(school.path("certificates")).json().get("total").asInt()).isZero();
    }

    @Test
    void aCertificateIssuedTodayIsAccepted() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        assertThat(api.put(certificate("2020001:电工中级:" + today), BODY).status()).isEqualTo(201);
    }

    @Test
    void aStaleIfMatchIs412() {
        api.put(certificate(ELECTRICIAN), BODY);

        assertThat(api.put(certificate(ELECTRICIAN), BODY, "If-Match", "\"3\"").status()).isEqualTo(412);
        assertThat(api.delete(certificate(ELECTRICIAN), "If-Match", "\"1\"").status()).isEqualTo(204);
    }

    @Test
    void listsFilterByStudentKindLevelAndIssueDateInKeyOrder() {
        api.put(certificate("2020002:钳工初级:2019-12-31"), "{\"kind\":\"VOCATIONAL_QUALIFICATION\",\"level\":\"LEVEL_5\",\"issuer\":\"某局\"}");
        api.put(certificate(ELECTRICIAN), BODY);
        api.put(certificate("2020001:网店运营推广:2021-01-15"), "{\"kind\":\"ONE_PLUS_X\",\"issuer\":\"中教畅享\"}");
        api.put(certificate("2020001:工业机器人:2020-01-01"), "{\"kind\":\"SKILL_LEVEL\",\"level\":\"LEVEL_4\",\"issuer\":\"某企业\"}");

        assertThat(keys("")).containsExactly("2020001:工业机器人:2020-01-01", "2020001:电工中级:2020-06-30",
                "2020001:网店运营推广:2021-01-15", "2020002:钳工初级:2019-12-31");
        assertThat(keys("?studentNo=2020002")).containsExactly("2020002:钳工初级:2019-12-31");
        assertThat(keys("?kind=ONE_PLUS_X")).containsExactly("2020001:网店运营推广:2021-01-15");
        assertThat(keys("?level=LEVEL_4")).containsExactly("2020001:工业机器人:2020-01-01", "2020001:电工中级:2020-06-30");
        assertThat(keys("?issuedIn=2020")).containsExactly("2020001:工业机器人:2020-01-01", "2020001:电工中级:2020-06-30");
        assertThat(keys("?issuedFrom=2020-06-30&issuedTo=2021-01-15"))
                .containsExactly("2020001:电工中级:2020-06-30", "2020001:网店运营推广:2021-01-15");
        assertThat(keys("?size=1&page=3")).containsExactly("2020002:钳工初级:2019-12-31");
        assertThat(keys("?issuedIn=1000000000")).isEmpty();
        assertThat(api.get(school.path("certificates?issuedFrom=2020-02-30")).status()).isEqualTo(400);
        assertThat(api.get(school.path("certificates?level=MASTER")).status()).isEqualTo(400);
    }

    private List<String> keys(String query) {
        Response response = api.get(school.path("certificates" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(c -> c.get("key").asString()).toList();
    }
}
