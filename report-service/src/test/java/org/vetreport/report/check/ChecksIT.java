package org.vetreport.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/** The checks on data published to the domain topics as the department services publish them. */
@PlatformIntegrationTest
class ChecksIT {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    String school;
    DomainEvents events;
    ApiClient editor;

    @BeforeEach
    void setUp() {
        school = "c" + UUID.randomUUID().toString().substring(0, 8);
        events = new DomainEvents(infrastructure.kafkaBootstrapServers(), school);
        editor = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token().subject("editor-1").roles(Role.REPORT_EDITOR).schools(school).sign());
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    private String checks() {
        return "/api/v1/schools/" + school + "/checks";
    }

    private JsonNode checks2020() {
        Response response = editor.get(checks() + "?year=2020");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static Set<String> rules(JsonNode checks) {
        return checks.get("findings").valueStream().map(f -> f.get("rule").asString()).collect(Collectors.toSet());
    }

    private static JsonNode finding(JsonNode checks, String rule) {
        return checks.get("findings").valueStream().filter(f -> f.get("rule").asString().equals(rule)).findFirst()
                .orElseThrow();
    }

    private static List<String> blocking(JsonNode checks) {
        return checks.get("blocking").valueStream().map(JsonNode::asString).toList();
    }

    private Response explain(String finding, String body) {
        return editor.post(checks() + "/" + finding + ":explain", JSON, body);
    }

    private JsonNode awaitRule(String rule) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rules(checks2020()).contains(rule));
        return checks2020();
    }

    private void student(String studentNo, String enrolledOn, String graduatedOn) {
        String graduated = graduatedOn == null ? "" : ",{\"status\":\"GRADUATED\",\"effectiveOn\":\"" + graduatedOn + "\"}";
        events.publish(Topics.STUDENT_STUDENTS, studentNo, """
                {"studentNo":"%s","gender":"MALE","majorCode":"660301","className":"1班","programme":"THREE_YEAR",
                 "fullTime":true,"enrolledOn":"%s","statusHistory":[{"status":"ENROLLED","effectiveOn":"%s"}%s]}"""
                .formatted(studentNo, enrolledOn, enrolledOn, graduated));
    }

    @Test
    void findingsOfEachKindAppearForBadDataWithTheirRecordsIndicatorsAndCounts() {
        student("S0", "2016-09-01", "2019-07-01");
        student("S1", "2018-09-01", "2020-07-01");
        for (String studentNo : List.of("S0", "S1")) {
            events.publish(Topics.FINANCE_AID_AWARDS, "GRANT:" + studentNo + ":2020:1", """
                    {"programmeCode":"GRANT","studentNo":"%s","year":2020,"term":1,"amount":1000.00,
                     "paidOn":"2020-10-10"}""".formatted(studentNo));
        }
        events.publish(Topics.TRAINING_INTERNSHIPS, "S9:2020-03-01", """
                {"studentNo":"S9","partnerCode":"P1","kind":"PLACEMENT","startOn":"2020-03-01","endOn":"2020-06-30"}""");
        events.publish(Topics.FINANCE_INCOME, "V1", """
                {"voucherNo":"V1","postedOn":"2020-05-01","category":"FISCAL_SUBSIDY","nature":"BASIC","signedAmount":100.00}""");
        events.publish(Topics.FINANCE_INCOME, "V2", """
                {"voucherNo":"V2","postedOn":"2020-06-01","category":"OTHER","nature":"BASIC","signedAmount":-50.00}""");
        events.publish(Topics.FACULTY_STAFF, "A1", """
                {"staffNo":"A1","role":"ADMINISTRATIVE","courseCategory":"NONE","hiredOn":"2010-09-01",
                 "qualificationHistory":[{"effectiveOn":"2015-01-01","dualQualified":true}]}""");

        await().atMost(Duration.ofSeconds(30)).until(() -> rules(checks2020()).containsAll(Set.of(
                "aid-recipients-over-enrolment", "unknown-student", "rate-over-100", "graduate-without-destination",
                "dual-qualified-non-teacher", "missing-inputs")));
        JsonNode checks = checks2020();

        assertThat(checks.get("status").asString()).isEqualTo("DRAFT");
        assertThat(checks.get("period").get("from").asString()).isEqualTo("2020-01-01");
        assertThat(finding(checks, "unknown-student").get("records").get(0).get("topic").asString())
                .isEqualTo("training.internships.v1");
        assertThat(finding(checks, "unknown-student").get("records").get(0).get("key").asString()).isEqualTo("S9:2020-03-01");
        assertThat(finding(checks, "rate-over-100").get("indicator").asString()).isEqualTo("finance.income.fiscalSubsidyShare");
        assertThat(finding(checks, "aid-recipients-over-enrolment").get("recordsTotal").asLong()).isEqualTo(2);
        assertThat(finding(checks, "graduate-without-destination").get("records").get(0).get("key").asString()).isEqualTo("S1");
        assertThat(finding(checks, "dual-qualified-non-teacher").get("severity").asString()).isEqualTo("WARNING");
        assertThat(finding(checks, "rate-over-100").get("messageZh").asString()).contains("200.00%");
        long errors = checks.get("findings").valueStream().filter(f -> f.get("severity").asString().equals("ERROR")).count();
        assertThat(checks.get("counts").get("ERROR").asLong()).isEqualTo(errors).isGreaterThanOrEqualTo(3);
        assertThat(checks.get("counts").get("WARNING").asLong()).isEqualTo(checks.get("findings").size() - errors);
        assertThat(blocking(checks)).hasSize(checks.get("findings").size());
    }

    @Test
    void anExplainedWarningNoLongerBlocksAndKeepsItsIdAndExplanationWhenTheChecksRunAgain() {
        student("S1", "2018-09-01", "2020-07-01");
        String warning = finding(awaitRule("graduate-without-destination"), "graduate-without-destination")
                .get("id").asString();

        Response explained = explain(warning, "{\"text\":\"  该生出国，去向无法核实  \"}");

        assertThat(explained.status()).as(explained.toString()).isEqualTo(200);
        assertThat(explained.json().get("explanation").get("text").asString()).isEqualTo("该生出国，去向无法核实");
        assertThat(explained.json().get("explanation").get("by").asString()).isEqualTo("editor-1");
        JsonNode again = checks2020();
        JsonNode same = finding(again, "graduate-without-destination");
        assertThat(same.get("id").asString()).isEqualTo(warning);
        assertThat(same.get("explanation").get("text").asString()).isEqualTo("该生出国，去向无法核实");
        assertThat(blocking(again)).doesNotContain(warning);
    }

    @Test
    void anExplainedErrorStillBlocks() {
        events.publish(Topics.TRAINING_INTERNSHIPS, "S9:2020-03-01", """
                {"studentNo":"S9","partnerCode":"P1","kind":"PLACEMENT","startOn":"2020-03-01","endOn":"2020-06-30"}""");
        String error = finding(awaitRule("unknown-student"), "unknown-student").get("id").asString();

        assertThat(explain(error, "{\"text\":\"学籍系统迁移中\"}").status()).isEqualTo(200);

        assertThat(blocking(checks2020())).contains(error);
    }

    @Test
    void anExplanationMustSayWhyWithinTheLimitAndNameAFindingOfTheCurrentData() {
        String warning = finding(checks2020(), "missing-inputs").get("id").asString();

        Response blank = explain(warning, "{\"text\":\"   \"}");
        Response tooLong = explain(warning, "{\"text\":\"" + "长".repeat(Explanation.MAX_LENGTH + 1) + "\"}");
        Response unknownField = explain(warning, "{\"text\":\"ok\",\"severity\":\"WARNING\"}");
        Response unknownFinding = explain("2020-0123456789abcdef", "{\"text\":\"ok\"}");
        Response notAnId = explain("nonsense", "{\"text\":\"ok\"}");
        Response viewer = editor.withToken(TestTokens.shared().token(Role.VIEWER, school))
                .post(checks() + "/" + warning + ":explain", JSON, "{\"text\":\"ok\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("message").asString()).contains("at most 2000");
        assertThat(explain(warning, "{\"text\":\"" + "长".repeat(Explanation.MAX_LENGTH) + "\"}").status()).isEqualTo(200);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownFinding.status()).isEqualTo(404);
        assertThat(unknownFinding.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(viewer.status()).isEqualTo(403);
    }

    @Test
    void theApiDocumentDescribesEveryCheckAndYearOperationWithItsProblemAnswers() {
        JsonNode document = new ApiClient("http://localhost:" + port).get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");
        String base = "/api/v1/schools/{school}/";

        for (String[] operation : List.of(new String[] {"checks", "get"}, new String[] {"checks/{finding}:explain", "post"},
                new String[] {"years/{year}", "get"}, new String[] {"years/{year}:validate", "post"},
                new String[] {"years/{year}:lock", "post"}, new String[] {"years/{year}:reopen", "post"})) {
            JsonNode described = paths.get(base + operation[0]).get(operation[1]);
            assertThat(described.get("summary")).as(operation[0]).isNotNull();
            assertThat(described.get("responses").has("404")).as(operation[0]).isTrue();
        }
        assertThat(paths.get(base + "years/{year}:validate").get("post").get("responses").get("409").get("description")
                .asString()).contains("blocking");
        assertThat(document.get("tags").valueStream().filter(t -> Set.of("checks", "years").contains(t.get("name").asString()))
                .map(t -> t.get("description").asString())).hasSize(2)
                .allMatch(description -> description.matches("(?s)\\p{IsHan}+: .*[a-z]{3,}.*"));
    }

    @Test
    void aYearOutsideTheReportYearsIsABadRequest() {
        Response response = editor.get(checks() + "?year=1999");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
    }
}
