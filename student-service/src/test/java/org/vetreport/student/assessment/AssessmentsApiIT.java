package org.vetreport.student.assessment;

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
class AssessmentsApiIT {

    private static final String CHINESE = "2020001:2020:1:CULTURAL:CHINESE";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TestSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TestSchool.create(port, "a").withStudents("2020001", "2020002");
        api = school.api();
    }

    private String assessment(String key) {
        return school.path("assessments/" + key);
    }

    @Test
    void aResultIsRecordedChangedAndDeletedAndEachChangeIsPublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_ASSESSMENTS.name())) {
            Response created = api.put(assessment(CHINESE), "{\"passed\":true,\"score\":86.50}");
            Response changed = api.put(assessment(CHINESE), "{\"passed\":true,\"score\":100.0}");
            Response deleted = api.delete(assessment(CHINESE));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            assertThat(created.header("Location")).endsWith(assessment(CHINESE));
            JsonNode body = created.json();
            assertThat(body.get("key").asString()).isEqualTo(CHINESE);
            assertThat(body.get("kind").asString()).isEqualTo("CULTURAL");
            assertThat(body.get("subject").asString()).isEqualTo("CHINESE");
            assertThat(body.get("score").decimalValue()).isEqualTo("86.5");
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"2\"");
            assertThat(changed.body()).contains("\"score\":100,");
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get(assessment(CHINESE)).status()).isEqualTo(404);

            List<ConsumerRecord<String, byte[]>> events = school.own(
                    topic.awaitRecords(r -> school.own(r).size() == 3, Duration.ofSeconds(20)));
            Records.assertCloudEvent(events.get(0), "assessment.created", "/student-service", school.code(), CHINESE, 1);
            Records.assertCloudEvent(events.get(1), "assessment.updated", "/student-service", school.code(), CHINESE, 2);
            Records.assertCloudEvent(events.get(2), "assessment.deleted", "/student-service", school.code(), CHINESE, 3);
            assertThat(Records.value(events.get(0))).contains("\"studentNo\":\"2020001\"", "\"subject\":\"CHINESE\"", "\"score\":86.5");
            assertThat(Records.value(events.get(1))).endsWith("\"score\":100}");
            assertThat(Records.value(events.get(2))).isNull();
        }
    }

    @Test
    void historyListsEveryVersionWithItsWriter() {
        String key = "2020001:2020:2:FITNESS:-";
        api.put(assessment(key), "{\"passed\":false}");
        api.put(assessment(key), "{\"passed\":true}");
        api.delete(assessment(key));

        JsonNode history = api.get(assessment(key) + "/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 assessment.created", "2 assessment.updated", "3 assessment.deleted");
        assertThat(history.get(1).get("snapshot").get("passed").asBoolean()).isTrue();
        assertThat(history.get(0).get("actor").asString()).startsWith("user-");
        assertThat(api.get(assessment("2020001:2019:1:SKILL:-") + "/history").status()).isEqualTo(404);
    }

    @Test
    void writingTheSameResultAgainChangesNothing() {
        api.put(assessment(CHINESE), "{\"passed\":true,\"score\":86.5}");

        Response again = api.put(assessment(CHINESE), "{\"passed\":true,\"score\":86.50}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void keyFieldsInTheBodyMayBeGivenAndMustAgreeWithThePath() {
        Response agreeing = api.put(assessment(CHINESE), "{\"studentNo\":\"2020001\",\"year\":2020,\"term\":1,"
                + "\"kind\":\"文化课\",\"subject\":\"语文\",\"passed\":\"合格\"}");
        Response disagreeing = api.put(assessment(CHINESE), "{\"studentNo\":\"2020002\",\"term\":2,\"passed\":true}");

        assertThat(agreeing.status()).as(agreeing.body()).isEqualTo(201);
        assertThat(disagreeing.status()).isEqualTo(400);
        assertThat(disagreeing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("studentNo", "term");
        assertThat(disagreeing.json().get("detail").asString()).contains("'2020002' differs from the key in the path");
    }

    @ParameterizedTest(name = "{0} {1}: 400 on {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2020001:2020:3:SKILL:-          | {"passed":true}                 | term      | must be 1 or 2
            2020001:1999:1:SKILL:-          | {"passed":true}                 | year      | must be a year from 2000 to 2100
            2020001:2101:1:SKILL:-          | {"passed":true}                 | year      | must be a year from 2000 to 2100
            2020001:2020:1:CULTURAL:-       | {"passed":true}                 | subject   | is required for a CULTURAL assessment
            2020001:2020:1:SKILL:MATH       | {"passed":true}                 | subject   | must be absent unless kind is CULTURAL
            2020001:2020:1:SKILL:-          | {"passed":true,"score":100.5}   | score     | must be from 0 to 100
            2020001:2020:1:SKILL:-          | {"passed":true,"score":-1}      | score     | must be from 0 to 100
            2020001:2020:1:SKILL:-          | {"passed":true,"score":86.55}   | score     | must have at most one decimal
            2020001:2020:1:SKILL:-          | {"score":80}                    | passed    | is required: true or false
            2020001:2020:1:SKILL:-          | {"passed":"yes"}                | passed    | expected true or false
            2020001:2020:1:SKILL:-          | {"passed":true,"grade":"A"}     | grade     | is not a field of this resource
            2020999:2020:1:SKILL:-          | {"passed":true}                 | studentNo | '2020999' is not a student of this school
            2020001:2020:1:EXAM:-           | {"passed":true}                 | kind      | 'EXAM' in the key is not one of [CULTURAL, SKILL, FITNESS]
            2020001:2020:x:SKILL:-          | {"passed":true}                 | term      | 'x' in the key is not 1 or 2
            2020001:2020:1:CULTURAL:LATIN   | {"passed":true}                 | subject   | 'LATIN' in the key is not one of
            2020001:2020:1                  | {"passed":true}                 | key       | must have the form studentNo:year:term:kind:subject
            2020001:02020:1:SKILL:-         | {"passed":true}                 | key       | is not written as this record's key is: '2020001:2020:1:SKILL:-'
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String key, String body, String field, String message) {
        Response response = api.put(assessment(key), body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(api.get(school.path("assessments")).json().get("total").asInt()).isZero();
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentOneWrites() {
        api.put(assessment(CHINESE), "{\"passed\":true}");

        Response stale = api.put(assessment(CHINESE), "{\"passed\":false}", "If-Match", "\"7\"");
        Response current = api.put(assessment(CHINESE), "{\"passed\":false}", "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(200);
        assertThat(api.delete(assessment(CHINESE), "If-Match", "\"1\"").status()).isEqualTo(412);
    }

    @Test
    void listsFilterByEveryKeyFieldAndPassedAndPageInKeyOrder() {
        api.put(assessment("2020002:2020:1:CULTURAL:MATH"), "{\"passed\":false,\"score\":52}");
        api.put(assessment("2020001:2020:1:CULTURAL:MATH"), "{\"passed\":true,\"score\":75}");
        api.put(assessment(CHINESE), "{\"passed\":true,\"score\":88}");
        api.put(assessment("2020001:2020:2:SKILL:-"), "{\"passed\":true}");
        api.put(assessment("2020001:2021:1:FITNESS:-"), "{\"passed\":false}");

        assertThat(keys("")).containsExactly(CHINESE, "2020001:2020:1:CULTURAL:MATH", "2020001:2020:2:SKILL:-",
                "2020001:2021:1:FITNESS:-", "2020002:2020:1:CULTURAL:MATH");
        assertThat(keys("?studentNo=2020002")).containsExactly("2020002:2020:1:CULTURAL:MATH");
        assertThat(keys("?year=2020&term=2")).containsExactly("2020001:2020:2:SKILL:-");
        assertThat(keys("?kind=CULTURAL&subject=MATH&passed=true")).containsExactly("2020001:2020:1:CULTURAL:MATH");
        assertThat(keys("?passed=false")).containsExactly("2020001:2021:1:FITNESS:-", "2020002:2020:1:CULTURAL:MATH");
        assertThat(keys("?size=2&page=1")).containsExactly("2020001:2020:2:SKILL:-", "2020001:2021:1:FITNESS:-");
        assertThat(api.get(school.path("assessments?size=2")).json().get("total").asInt()).isEqualTo(5);
        assertThat(api.get(school.path("assessments?kind=EXAM")).status()).isEqualTo(400);
        assertThat(api.get(school.path("assessments?size=1001")).status()).isEqualTo(400);
    }

    private List<String> keys(String query) {
        Response response = api.get(school.path("assessments" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(a -> a.get("key").asString()).toList();
    }
}
