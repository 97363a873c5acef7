package org.vetreport.training.apprenticeship;

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
class ApprenticeshipsApiIT {

    private static final String ROBOTS = """
            {"partnerCode":"RH001","majorCode":"0306","year":2020,"studentNos":["2020001","2020002"],\
            "mentors":12,"courses":6}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "a").withPartners("RH001", "SC002");
        api = school.api();
    }

    private String apprenticeship(String code) {
        return school.path("apprenticeships/" + code);
    }

    @Test
    void anApprenticeshipIsRecordedReplacedAndDeletedAndEachChangeIsPublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(),
                Topics.TRAINING_APPRENTICESHIPS.name())) {
            Response created = api.put(apprenticeship("XTZ-01"), ROBOTS);
            Response unchanged = api.put(apprenticeship("XTZ-01"), ROBOTS.replace("{", "{\"code\":\"XTZ-01\","));
            Response replaced = api.put(apprenticeship("XTZ-01"), ROBOTS.replace("\"2020002\"", "\"2020002\",\"2020003\""),
                    "If-Match", "\"1\"");
            Response deleted = api.delete(apprenticeship("XTZ-01"));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith(apprenticeship("XTZ-01"));
            assertThat(created.json().get("studentNos").valueStream().map(JsonNode::asString))
                    .containsExactly("2020001", "2020002");
            assertThat(unchanged.status()).isEqualTo(200);
            assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
            assertThat(replaced.json().get("studentNos").size()).isEqualTo(3);
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get(apprenticeship("XTZ-01")).status()).isEqualTo(404);

            List<ConsumerRecord<String, byte[]>> events = school.await(topic, 3);
            Records.assertCloudEvent(events.get(0), "apprenticeship.created", "/training-service", school.code(), "XTZ-01", 1);
            Records.assertCloudEvent(events.get(1), "apprenticeship.updated", "/training-service", school.code(), "XTZ-01", 2);
            Records.assertCloudEvent(events.get(2), "apprenticeship.deleted", "/training-service", school.code(), "XTZ-01", 3);
            assertThat(Records.value(events.get(0))).contains("\"partnerCode\":\"RH001\"", "\"mentors\":12", "\"courses\":6");
            assertThat(Records.value(events.get(2))).isNull();
        }
    }

    @Test
    void historyListsEveryVersionWithItsWriterAndTime() {
        api.put(apprenticeship("XTZ-01"), ROBOTS);
        api.put(apprenticeship("XTZ-01"), ROBOTS.replace("\"mentors\":12", "\"mentors\":13"));

        JsonNode history = api.get(apprenticeship("XTZ-01") + "/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 apprenticeship.created", "2 apprenticeship.updated");
        assertThat(history.get(0).get("actor").asString()).startsWith("user-");
        assertThat(history.get(1).get("time").asString()).isNotBlank();
        assertThat(history.get(1).get("snapshot").get("mentors").asInt()).isEqualTo(13);
    }

    @ParameterizedTest(name = "{0}: 400 on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"partnerCode":"RH009"}                     | partnerCode   | 'RH009' is not a partner of this school
            {"partnerCode":null}                        | partnerCode   | is required
            {"studentNos":[]}                           | studentNos    | must name at least one apprentice
            {"studentNos":["2020001","2020001"]}        | studentNos[1] | names '2020001' a second time
            {"studentNos":["2020 001"]}                 | studentNos[0] | must be a student number
            {"majorCode":"03 06"}                       | majorCode     | must be a major code
            {"mentors":-1}                              | mentors       | must not be negative
            {"courses":-1}                              | courses       | must not be negative
            {"year":1999}                               | year          | must be a year from 2000 to 2100
            {"code":"XTZ-02"}                           | code          | 'XTZ-02' differs from the code in the path
            """)
    void everyBrokenRuleIsA400NamingTheFieldAndTheRule(String change, String field, String message) {
        Response response = api.put(apprenticeship("XTZ-01"), ROBOTS.substring(0, ROBOTS.length() - 1) + ","
                + change.substring(1));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(message);
        assertThat(school.total("apprenticeships")).isZero();
    }

    @Test
    void aPartnerOfAnotherSchoolIsNotAPartnerOfThisOne() {
        TrainingSchool other = TrainingSchool.create(port, "b").withPartners("ZZ001");

        Response response = api.put(apprenticeship("XTZ-01"), ROBOTS.replace("RH001", "ZZ001"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("partnerCode");
        assertThat(other.api().put(other.path("apprenticeships/XTZ-01"), ROBOTS.replace("RH001", "ZZ001")).status())
                .isEqualTo(201);
    }

    @Test
    void aStaleIfMatchIs412() {
        api.put(apprenticeship("XTZ-01"), ROBOTS);

        assertThat(api.put(apprenticeship("XTZ-01"), ROBOTS.replace("12", "11"), "If-Match", "\"3\"").status()).isEqualTo(412);
        assertThat(api.delete(apprenticeship("XTZ-01"), "If-Match", "\"3\"").status()).isEqualTo(412);
    }

    @Test
    void listsFilterByPartnerMajorYearAndApprenticeAndPageInCodeOrder() {
        api.put(apprenticeship("XTZ-03"), ROBOTS.replace("RH001", "SC002").replace("0306", "0701"));
        api.put(apprenticeship("XTZ-01"), ROBOTS);
        api.put(apprenticeship("XTZ-02"), ROBOTS.replace("2020,", "2019,").replace("\"2020001\",", ""));

        assertThat(codes("")).containsExactly("XTZ-01", "XTZ-02", "XTZ-03");
        assertThat(codes("?partnerCode=SC002")).containsExactly("XTZ-03");
        assertThat(codes("?majorCode=0306")).containsExactly("XTZ-01", "XTZ-02");
        assertThat(codes("?year=2020")).containsExactly("XTZ-01", "XTZ-03");
        assertThat(codes("?studentNo=2020001")).containsExactly("XTZ-01", "XTZ-03");
        assertThat(codes("?size=2&page=1")).containsExactly("XTZ-03");
        assertThat(api.get(school.path("apprenticeships?year=next")).status()).isEqualTo(400);
    }

    private List<String> codes(String query) {
        Response response = api.get(school.path("apprenticeships" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(a -> a.get("code").asString()).toList();
    }
}
