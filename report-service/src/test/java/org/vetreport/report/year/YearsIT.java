package org.vetreport.report.year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
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
import org.vetreport.report.check.DomainEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A year's way from DRAFT to LOCKED and back, on data published to the domain topics. */
@PlatformIntegrationTest
class YearsIT {

    private static final String UNKNOWN_INTERNSHIP = """
            {"studentNo":"S9","partnerCode":"P1","kind":"PLACEMENT","startOn":"2020-03-01","endOn":"2020-06-30"}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    String school;
    DomainEvents events;
    ApiClient editor;
    ApiClient admin;

    @BeforeEach
    void setUp() {
        school = "y" + UUID.randomUUID().toString().substring(0, 8);
        events = new DomainEvents(infrastructure.kafkaBootstrapServers(), school);
        ApiClient api = new ApiClient("http://localhost:" + port);
        editor = api.withToken(TestTokens.shared().token().subject("editor-1").roles(Role.REPORT_EDITOR).schools(school).sign());
        admin = api.withToken(TestTokens.shared().token().subject("admin-1").roles(Role.ADMIN).schools(school).sign());
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    private String year2020() {
        return "/api/v1/schools/" + school + "/years/2020";
    }

    private Response step(ApiClient client, String step) {
        return client.send("POST", year2020() + ":" + step, null, null);
    }

    private JsonNode checks() {
        return editor.get("/api/v1/schools/" + school + "/checks?year=2020").json();
    }

    private boolean hasFinding(String rule) {
        return checks().get("findings").valueStream().anyMatch(f -> f.get("rule").asString().equals(rule));
    }

    /** Explains every warning that blocks, as an editor who checked each one would. */
    private void explainEveryWarning() {
        checks().get("findings").valueStream()
                .filter(f -> f.get("severity").asString().equals("WARNING") && f.get("explanation").isNull())
                .forEach(f -> assertThat(editor.post("/api/v1/schools/" + school + "/checks/" + f.get("id").asString()
                        + ":explain", "application/json", "{\"text\":\"核实无误\"}").status()).isEqualTo(200));
    }

    /** The first events of this test's school and year, once there are as many; other tests' events are left out. */
    private List<ConsumerRecord<String, byte[]>> ofThisYear(TopicProbe probe, int count) {
        return probe.awaitRecords(records -> records.stream().filter(r -> r.key().equals(school + ":2020")).count() >= count,
                Duration.ofSeconds(30)).stream().filter(r -> r.key().equals(school + ":2020")).limit(count).toList();
    }

    private static List<String> blocking(Response response) {
        return response.json().get("blocking").valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void aYearNobodyValidatedIsADraftOfTheSchoolsPeriod() {
        JsonNode year = editor.get(year2020()).json();

        assertThat(year.get("status").asString()).isEqualTo("DRAFT");
        assertThat(year.get("period").get("from").asString()).isEqualTo("2020-01-01");
        assertThat(year.get("period").get("to").asString()).isEqualTo("2020-12-31");
        assertThat(year.get("validatedAt").isNull()).isTrue();
        assertThat(editor.get("/api/v1/schools/" + school + "/years/1999").status()).isEqualTo(400);
    }

    @Test
    void validatingIsRefusedWhileFindingsBlockAndSucceedsOnceErrorsAreFixedAndWarningsExplained() {
        events.publish(Topics.TRAINING_INTERNSHIPS, "S9:2020-03-01", UNKNOWN_INTERNSHIP);
        await().atMost(Duration.ofSeconds(30)).until(() -> hasFinding("unknown-student"));
        String error = checks().get("findings").valueStream().filter(f -> f.get("rule").asString().equals("unknown-student"))
                .findFirst().orElseThrow().get("id").asString();

        Response refused = step(editor, "validate");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(blocking(refused)).contains(error).hasSize(checks().get("findings").size());

        explainEveryWarning();
        assertThat(blocking(step(editor, "validate"))).containsExactly(error);

        events.publish(Topics.STUDENT_STUDENTS, "S9", """
                {"studentNo":"S9","gender":"FEMALE","majorCode":"660301","className":"1班","programme":"THREE_YEAR",
                 "fullTime":true,"enrolledOn":"2019-09-01","statusHistory":[{"status":"ENROLLED","effectiveOn":"2019-09-01"}]}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> !hasFinding("unknown-student"));
        explainEveryWarning();
        Response validated = step(editor, "validate");

        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
        assertThat(validated.json().get("status").asString()).isEqualTo("VALIDATED");
        assertThat(validated.json().get("validatedBy").asString()).isEqualTo("editor-1");
        assertThat(editor.get(year2020()).json().get("status").asString()).isEqualTo("VALIDATED");
        assertThat(checks().get("status").asString()).isEqualTo("VALIDATED");
        assertThat(step(editor, "validate").status()).isEqualTo(409);
    }

    @Test
    void lockingPublishesTheYearWithItsPeriodDatesAndOnlyAnAdministratorReopensIt() {
        explainEveryWarning();
        assertThat(step(editor, "lock").status()).isEqualTo(409);
        assertThat(step(editor, "reopen").status()).isEqualTo(403);
        assertThat(step(admin, "reopen").status()).isEqualTo(409);

        try (TopicProbe years = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.REPORT_YEARS.name())) {
            assertThat(step(editor, "validate").status()).isEqualTo(200);
            Response locked = step(editor, "lock");

            assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
            assertThat(locked.json().get("status").asString()).isEqualTo("LOCKED");
            assertThat(locked.json().get("lockedBy").asString()).isEqualTo("editor-1");
            List<ConsumerRecord<String, byte[]>> published = ofThisYear(years, 2);
            Records.assertCloudEvent(published.get(1), "year.locked", "/report-service", school, "2020", 2);
            assertThat(Records.header(published.get(0), "ce_type")).isEqualTo("year.validated");
            JsonNode event = JsonMapper.builder().build().readTree(Records.value(published.get(1)));
            assertThat(event.get("school").asString()).isEqualTo(school);
            assertThat(event.get("year").asInt()).isEqualTo(2020);
            assertThat(event.get("from").asString()).isEqualTo("2020-01-01");
            assertThat(event.get("to").asString()).isEqualTo("2020-12-31");
            assertThat(event.get("status").asString()).isEqualTo("LOCKED");
            assertThat(event.has("lockedBy")).isFalse();

            Response forbidden = step(editor, "reopen");
            Response reopened = step(admin, "reopen");

            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
            assertThat(reopened.json().get("status").asString()).isEqualTo("DRAFT");
            assertThat(reopened.json().get("reopenedBy").asString()).isEqualTo("admin-1");
            ConsumerRecord<String, byte[]> reopenEvent = ofThisYear(years, 3).get(2);
            assertThat(Records.header(reopenEvent, "ce_type")).isEqualTo("year.reopened");
            assertThat(Records.value(reopenEvent)).contains("\"status\":\"DRAFT\"");
        }
        assertThat(step(editor, "lock").status()).isEqualTo(409);
    }

    @Test
    void lockingRunsTheChecksAgainOnTheDataAsTheyAreNow() {
        explainEveryWarning();
        assertThat(step(editor, "validate").status()).isEqualTo(200);
        events.publish(Topics.TRAINING_INTERNSHIPS, "S9:2020-03-01", UNKNOWN_INTERNSHIP);
        await().atMost(Duration.ofSeconds(30)).until(() -> hasFinding("unknown-student"));

        Response refused = step(editor, "lock");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(blocking(refused)).isNotEmpty();
        assertThat(editor.get(year2020()).json().get("status").asString()).isEqualTo("VALIDATED");
    }
}
