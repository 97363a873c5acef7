package org.vetreport.student.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
class SurveysApiIT {

    private static final String PROSPECTS = "CAREER_PROSPECTS:2020";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TestSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TestSchool.create(port, "s");
        api = school.api();
    }

    private String survey(String key) {
        return school.path("surveys/" + key);
    }

    @Test
    void aResultIsRecordedChangedAndDeletedAndEachChangeIsPublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_SURVEYS.name())) {
            Response created = api.put(survey(PROSPECTS), "{\"satisfied\":1825,\"dissatisfied\":175}");
            Response changed = api.put(survey(PROSPECTS), "{\"satisfied\":1825,\"dissatisfied\":170,\"notAssessable\":5}");
            Response deleted = api.delete(survey(PROSPECTS));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode body = created.json();
            assertThat(body.get("key").asString()).isEqualTo(PROSPECTS);
            assertThat(body.get("notAssessable").asInt()).isZero();
            assertThat(body.get("respondents").asInt()).isEqualTo(2000);
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"2\"");
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get(survey(PROSPECTS)).status()).isEqualTo(404);

            List<ConsumerRecord<String, byte[]>> events = school.own(
                    topic.awaitRecords(r -> school.own(r).size() == 3, Duration.ofSeconds(20)));
            Records.assertCloudEvent(events.get(0), "survey.created", "/student-service", school.code(), PROSPECTS, 1);
            Records.assertCloudEvent(events.get(1), "survey.updated", "/student-service", school.code(), PROSPECTS, 2);
            Records.assertCloudEvent(events.get(2), "survey.deleted", "/student-service", school.code(), PROSPECTS, 3);
            assertThat(Records.value(events.get(1))).isEqualTo("{\"survey\":\"CAREER_PROSPECTS\",\"year\":2020,"
                    + "\"satisfied\":1825,\"dissatisfied\":170,\"notAssessable\":5}");
        }
    }

    @Test
    void historyListsEveryVersionWithItsWriter() {
        api.put(survey(PROSPECTS), "{\"satisfied\":90,\"dissatisfied\":10}");
        api.put(survey(PROSPECTS), "{\"satisfied\":91,\"dissatisfied\":9}");

        JsonNode history = api.get(survey(PROSPECTS) + "/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 survey.created", "2 survey.updated");
        assertThat(history.get(1).get("snapshot").get("satisfied").asInt()).isEqualTo(91);
        assertThat(history.get(0).get("actor").asString()).startsWith("user-");
    }

    @Test
    void keyFieldsInTheBodyMayBeGivenInChineseAndMustAgreeWithThePath() {
        Response agreeing = api.put(survey(PROSPECTS), "{\"survey\":\"学生发展前景\",\"year\":2020,\"satisfied\":1,\"dissatisfied\":0}");
        Response disagreeing = api.put(survey(PROSPECTS), "{\"survey\":\"EMPLOYERS\",\"year\":2021,\"satisfied\":1,\"dissatisfied\":0}");

        assertThat(agreeing.status()).as(agreeing.body()).isEqualTo(201);
        assertThat(disagreeing.status()).isEqualTo(400);
        assertThat(disagreeing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("survey", "year");
    }

    @ParameterizedTest(name = "{0} {1}: 400 on {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            TEACHING:2020    | {"satisfied":-1,"dissatisfied":0}                    | satisfied     | must be a count of 0 or more
            TEACHING:2020    | {"satisfied":1,"dissatisfied":-1}                    | dissatisfied  | must be a count of 0 or more
            TEACHING:2020    | {"satisfied":1,"dissatisfied":0,"notAssessable":-1}  | notAssessable | must be a count of 0 or more
            TEACHING:2020    | {"satisfied":0,"dissatisfied":0,"notAssessable":0}   | respondents   | must be at least 1
            TEACHING:2020    | {"dissatisfied":0}                                   | satisfied     | must be a count of 0 or more
            TEACHING:2020    | {"satisfied":1.5,"dissatisfied":0}                   | satisfied     | expected a whole number
            TEACHING:1999    | {"satisfied":1,"dissatisfied":0}                     | year          | must be a year from 2000 to 2100
            CANTEEN:2020     | {"satisfied":1,"dissatisfied":0}                     | survey        | 'CANTEEN' in the key is not one of
            TEACHING:twenty  | {"satisfied":1,"dissatisfied":0}                     | year          | 'twenty' in the key is not a year such as 2020
            TEACHING         | {"satisfied":1,"dissatisfied":0}                     | key           | must have the form survey:year
            TEACHING:+2020   | {"satisfied":1,"dissatisfied":0}                     | key           | is not written as this record's key is: 'TEACHING:2020'
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String key, String body, String field, String message) {
        Response response = api.put(survey(key), body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(api.get(school.path("surveys")).json().get("total").asInt()).isZero();
    }

    @Test
    void aStaleIfMatchIs412() {
        api.put(survey(PROSPECTS), "{\"satisfied\":90,\"dissatisfied\":10}");

        assertThat(api.put(survey(PROSPECTS), "{\"satisfied\":91,\"dissatisfied\":9}", "If-Match", "\"2\"").status()).isEqualTo(412);
        assertThat(api.put(survey(PROSPECTS), "{\"satisfied\":91,\"dissatisfied\":9}", "If-Match", "\"1\"").status()).isEqualTo(200);
    }

    @Test
    void listsFilterBySurveyAndYearInKeyOrder() {
        api.put(survey("TEACHING:2020"), "{\"satisfied\":98,\"dissatisfied\":2}");
        api.put(survey("EMPLOYERS:2020"), "{\"satisfied\":828,\"dissatisfied\":172}");
        api.put(survey("CAREER_PROSPECTS:2019"), "{\"satisfied\":905,\"dissatisfied\":95}");
        api.put(survey(PROSPECTS), "{\"satisfied\":9125,\"dissatisfied\":875}");

        assertThat(keys("")).containsExactly("CAREER_PROSPECTS:2019", PROSPECTS, "EMPLOYERS:2020", "TEACHING:2020");
        assertThat(keys("?survey=CAREER_PROSPECTS")).containsExactly("CAREER_PROSPECTS:2019", PROSPECTS);
        assertThat(keys("?year=2020&size=2&page=1")).containsExactly("TEACHING:2020");
        assertThat(api.get(school.path("surveys?survey=CANTEEN")).status()).isEqualTo(400);
    }

    private List<String> keys(String query) {
        Response response = api.get(school.path("surveys" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(s -> s.get("key").asString()).toList();
    }
}
