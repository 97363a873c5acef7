package org.vetreport.student.destination;

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
class DestinationsApiIT {

    private static final String EMPLOYED = """
            {"graduationYear":2023,"destination":"EMPLOYED","relevantToMajor":true,"local":true,\
            "firstMonthlySalary":4200.5,"employer":"嘉兴某智能装备有限公司"}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "d" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.REGISTRAR, school));
        new SchoolFixture(api, school).students("2020001", "2020002", "2020003", "2020004")
                .graduate("2020001", "2023-06-30").graduate("2020002", "2023-06-30").graduate("2020004", "2024-01-15");
    }

    private String destinations() {
        return "/api/v1/schools/" + school + "/destinations";
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_DESTINATIONS.name());
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    private static JsonNode onlyError(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").size()).as(response.body()).isEqualTo(1);
        return response.json().get("errors").get(0);
    }

    @Test
    void recordingAGraduatesDestinationAnswers201AndPublishesDestinationCreated() {
        try (TopicProbe topic = probe()) {
            Response created = api.put(destinations() + "/2020001", EMPLOYED.replace("\"EMPLOYED\"", "\"就业\""));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith(destinations() + "/2020001");
            assertThat(created.json().get("destination").asString()).isEqualTo("EMPLOYED");
            assertThat(created.body()).contains("\"firstMonthlySalary\":4200.50");
            assertThat(api.get(destinations() + "/2020001").header("ETag")).isEqualTo("\"1\"");
            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            Records.assertCloudEvent(event, "destination.created", "/student-service", school, "2020001", 1);
            assertThat(Records.value(event)).contains("\"firstMonthlySalary\":4200.50", "\"graduationYear\":2023");
        }
    }

    @Test
    void theSameSalaryWrittenWithAnotherScaleChangesNothing() {
        api.put(destinations() + "/2020001", EMPLOYED);

        Response again = api.put(destinations() + "/2020001", EMPLOYED.replace("4200.5", "4200.50"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aStudentWhoHasNotGraduatedIsA400NamingStudentNoAndTheRule() {
        JsonNode error = onlyError(api.put(destinations() + "/2020003", EMPLOYED));

        assertThat(error.get("field").asString()).isEqualTo("studentNo");
        assertThat(error.get("message").asString()).contains("ENROLLED, not GRADUATED", "only for a graduate");
        assertThat(api.get(destinations() + "/2020003").status()).isEqualTo(404);
    }

    @Test
    void anUnknownStudentIsA400NamingStudentNo() {
        JsonNode error = onlyError(api.put(destinations() + "/2020999", EMPLOYED));

        assertThat(error.get("field").asString()).isEqualTo("studentNo");
        assertThat(error.get("message").asString()).isEqualTo("'2020999' is not a student of this school");
    }

    @Test
    void aGraduationYearOtherThanTheGraduationsIsA400() {
        JsonNode error = onlyError(api.put(destinations() + "/2020004", EMPLOYED));

        assertThat(error.get("field").asString()).isEqualTo("graduationYear");
        assertThat(error.get("message").asString()).contains("must be 2024");
    }

    @Test
    void aSalaryWithThreeDecimalsIsA400NotARounding() {
        JsonNode error = onlyError(api.put(destinations() + "/2020001", EMPLOYED.replace("4200.5", "4200.555")));

        assertThat(error.get("field").asString()).isEqualTo("firstMonthlySalary");
        assertThat(error.get("message").asString()).contains("at most 2 decimals");
        assertThat(api.get(destinations() + "/2020001").status()).isEqualTo(404);
    }

    @Test
    void aNegativeSalaryAndASalaryWrittenAsTextAre400s() {
        assertThat(onlyError(api.put(destinations() + "/2020001", EMPLOYED.replace("4200.5", "-100"))).get("message").asString())
                .isEqualTo("must not be negative");
        assertThat(onlyError(api.put(destinations() + "/2020001", EMPLOYED.replace("4200.5", "\"4200.5\""))).get("field").asString())
                .isEqualTo("firstMonthlySalary");
    }

    @Test
    void jobDetailsOfAGraduateWhoDoesNotWorkAre400s() {
        Response response = api.put(destinations() + "/2020001", EMPLOYED.replace("EMPLOYED", "FURTHER_EDUCATION"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("relevantToMajor", "local", "firstMonthlySalary");
        assertThat(api.put(destinations() + "/2020001", "{\"graduationYear\":2023,\"destination\":\"升学\"}").status())
                .isEqualTo(201);
    }

    @Test
    void aStudentNumberInTheBodyMustBeTheOneInThePath() {
        JsonNode error = onlyError(api.put(destinations() + "/2020001", EMPLOYED.replace("{", "{\"studentNo\":\"2020002\",")));

        assertThat(error.get("field").asString()).isEqualTo("studentNo");
    }

    @Test
    void aChangeIsAnnouncedAsUpdatedAndAStaleIfMatchIs412() {
        api.put(destinations() + "/2020001", EMPLOYED);
        try (TopicProbe topic = probe()) {
            Response changed = api.put(destinations() + "/2020001", EMPLOYED.replace("\"local\":true", "\"local\":false"),
                    "If-Match", "\"1\"");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("ETag")).isEqualTo("\"2\"");
            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            Records.assertCloudEvent(event, "destination.updated", "/student-service", school, "2020001", 2);
        }
        assertThat(api.put(destinations() + "/2020001", EMPLOYED, "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(api.delete(destinations() + "/2020001", "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(api.get(destinations() + "/2020001").json().get("local").asBoolean()).isFalse();
    }

    @Test
    void deleteAnswers204PublishesATombstoneAndTheHistoryKeepsEveryVersion() {
        api.put(destinations() + "/2020001", EMPLOYED);
        api.put(destinations() + "/2020001", EMPLOYED.replace("4200.5", "4500"));
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(destinations() + "/2020001").status()).isEqualTo(204);

            ConsumerRecord<String, byte[]> event = ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(),
                    Duration.ofSeconds(20))).get(0);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "destination.deleted", "/student-service", school, "2020001", 3);
        }
        assertThat(api.get(destinations() + "/2020001").status()).isEqualTo(404);
        Response history = api.get(destinations() + "/2020001/history");
        assertThat(history.json().valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 destination.created", "2 destination.updated", "3 destination.deleted");
        assertThat(history.body()).contains("\"firstMonthlySalary\":4500.00");
    }

    @Test
    void listsFilterByYearDestinationRelevanceAndLocality() {
        api.put(destinations() + "/2020001", EMPLOYED);
        api.put(destinations() + "/2020002", EMPLOYED.replace("\"relevantToMajor\":true,\"local\":true", "\"relevantToMajor\":false,\"local\":true"));
        api.put(destinations() + "/2020004", "{\"graduationYear\":2024,\"destination\":\"ENLISTED\"}");

        assertThat(numbers("?graduationYear=2023")).containsExactly("2020001", "2020002");
        assertThat(numbers("?destination=ENLISTED")).containsExactly("2020004");
        assertThat(numbers("?relevantToMajor=false")).containsExactly("2020002");
        assertThat(numbers("?local=true&relevantToMajor=true")).containsExactly("2020001");
        assertThat(numbers("?size=1&page=2")).containsExactly("2020004");
        assertThat(api.get(destinations() + "?destination=ABROAD").status()).isEqualTo(400);
        assertThat(api.get(destinations() + "?graduationYear=next").status()).isEqualTo(400);
    }

    private List<String> numbers(String query) {
        Response response = api.get(destinations() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(d -> d.get("studentNo").asString()).toList();
    }
}
