package org.vetreport.faculty.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformIntegrationTest
class StaffApiIT {

    private static final String TEACHER = """
            {"name":"李老师","gender":"女","birthDate":"1985-04-12","employment":"在编","role":"专任教师",\
            "teaches":"工业机器人编程","courseCategory":"专业课","hiredOn":"2010-09-01",\
            "education":"本科","degree":"学士","title":"讲师","dualQualified":true}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "f" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
    }

    private String staff() {
        return "/api/v1/schools/" + school + "/staff";
    }

    private Response change(String staffNo, String body) {
        return api.post(staff() + "/" + staffNo + "/qualification-changes", "application/json", body);
    }

    private TopicProbe probe() {
        return TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FACULTY_STAFF.name());
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    private ConsumerRecord<String, byte[]> next(TopicProbe topic) {
        return ofThisSchool(topic.awaitRecords(r -> !ofThisSchool(r).isEmpty(), Duration.ofSeconds(20))).get(0);
    }

    private static String error(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        return error.get("field").asString() + ": " + error.get("message").asString();
    }

    @Test
    void hiringPublishesStaffHiredWithoutTheNameAndWithOnlyTheBirthYear() {
        try (TopicProbe topic = probe()) {
            Response hired = api.put(staff() + "/T2010001", TEACHER);

            assertThat(hired.status()).as(hired.body()).isEqualTo(201);
            assertThat(hired.header("ETag")).isEqualTo("\"1\"");
            JsonNode body = api.get(staff() + "/T2010001").json();
            assertThat(body.get("employment").asString()).isEqualTo("ESTABLISHED");
            assertThat(body.get("role").asString()).isEqualTo("FULL_TIME_TEACHER");
            assertThat(body.get("qualifications").get("title").asString()).isEqualTo("INTERMEDIATE");
            assertThat(body.get("qualificationHistory").get(0).get("effectiveOn").asString()).isEqualTo("2010-09-01");

            ConsumerRecord<String, byte[]> event = next(topic);
            Records.assertCloudEvent(event, "staff.hired", "/faculty-service", school, "T2010001", 1);
            assertThat(Records.value(event)).contains("\"birthYear\":1985", "\"dualQualified\":true", "\"qualificationHistory\"")
                    .doesNotContain("李老师", "1985-04-12", "\"name\"");
        }
    }

    @Test
    void replacingDetailsPublishesStaffUpdatedAndTheSameDetailsAgainChangeNothing() {
        api.put(staff() + "/T2010001", TEACHER);
        try (TopicProbe topic = probe()) {
            Response replaced = api.put(staff() + "/T2010001", TEACHER.replace("工业机器人编程", "PLC编程"), "If-Match", "\"1\"");
            Response again = api.put(staff() + "/T2010001", TEACHER.replace("工业机器人编程", "PLC编程"));

            assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
            assertThat(replaced.header("ETag")).isEqualTo("\"2\"");
            assertThat(again.header("ETag")).isEqualTo("\"2\"");
            Records.assertCloudEvent(next(topic), "staff.updated", "/faculty-service", school, "T2010001", 2);
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2)))).hasSize(1);
        }
    }

    @Test
    void aQualificationChangeTakesEffectFromItsDateAndPublishesQualificationChanged() {
        api.put(staff() + "/T2010001", TEACHER);
        try (TopicProbe topic = probe()) {
            Response promoted = change("T2010001", "{\"effectiveOn\":\"2020-06-01\",\"title\":\"高级讲师\",\"degree\":\"MASTER\"}");
            Response repeated = change("T2010001", "{\"effectiveOn\":\"2020-06-01\",\"title\":\"SENIOR\",\"degree\":\"MASTER\"}");

            assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
            JsonNode qualifications = promoted.json().get("qualifications");
            assertThat(qualifications.get("title").asString()).isEqualTo("SENIOR");
            assertThat(qualifications.get("education").asString()).isEqualTo("BACHELOR");
            assertThat(promoted.json().get("qualificationHistory").size()).isEqualTo(2);
            assertThat(repeated.header("ETag")).isEqualTo("\"2\"");
            Records.assertCloudEvent(next(topic), "staff.qualification-changed", "/faculty-service", school, "T2010001", 2);
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2)))).hasSize(1);
        }
    }

    @Test
    void settingTheLeavingDatePublishesStaffLeft() {
        api.put(staff() + "/T2010001", TEACHER);
        try (TopicProbe topic = probe()) {
            Response left = api.put(staff() + "/T2010001", TEACHER.replace("}", ",\"leftOn\":\"2021-01-31\"}"));

            assertThat(left.status()).as(left.body()).isEqualTo(200);
            ConsumerRecord<String, byte[]> event = next(topic);
            Records.assertCloudEvent(event, "staff.left", "/faculty-service", school, "T2010001", 2);
            assertThat(Records.value(event)).contains("\"leftOn\":\"2021-01-31\"");
        }
    }

    @Test
    void deletePublishesATombstoneAndTheHistoryKeepsEveryVersionWithItsWriter() {
        ApiClient clerk = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token().subject("hr-clerk-1").roles(Role.HR).schools(school).sign());
        clerk.put(staff() + "/T2010001", TEACHER);
        change("T2010001", "{\"effectiveOn\":\"2020-06-01\",\"title\":\"SENIOR\"}");
        try (TopicProbe topic = probe()) {
            assertThat(api.delete(staff() + "/T2010001").status()).isEqualTo(204);

            ConsumerRecord<String, byte[]> event = next(topic);
            assertThat(event.value()).isNull();
            Records.assertCloudEvent(event, "staff.deleted", "/faculty-service", school, "T2010001", 3);
        }
        assertThat(api.get(staff() + "/T2010001").status()).isEqualTo(404);
        JsonNode history = api.get(staff() + "/T2010001/history").json();
        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 staff.hired", "2 staff.qualification-changed", "3 staff.deleted");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("hr-clerk-1");
        assertThat(history.get(1).get("actor").asString()).isNotEqualTo("hr-clerk-1").isNotBlank();
        assertThat(history.get(0).get("time").asString()).isNotBlank();
        assertThat(history.get(1).get("snapshot").has("name")).isFalse();
        assertThat(history.get(1).get("snapshot").get("qualifications").get("title").asString()).isEqualTo("SENIOR");
    }

    @Test
    void leftOnMustBeAfterHiredOn() {
        Response response = api.put(staff() + "/T2010001", TEACHER.replace("}", ",\"leftOn\":\"2010-09-01\"}"));

        assertThat(error(response)).isEqualTo("leftOn: must be after hiredOn (2010-09-01)");
    }

    @Test
    void qualificationChangesMustLieInsideTheEmploymentAndNotGoBackInTime() {
        api.put(staff() + "/T2010001", TEACHER.replace("}", ",\"leftOn\":\"2021-01-31\"}"));
        change("T2010001", "{\"effectiveOn\":\"2015-09-01\",\"title\":\"SENIOR\"}");

        assertThat(error(change("T2010001", "{\"effectiveOn\":\"2021-02-01\",\"degree\":\"MASTER\"}")))
                .isEqualTo("effectiveOn: must be inside the employment: before leftOn (2021-01-31)");
        assertThat(error(change("T2010001", "{\"effectiveOn\":\"2014-09-01\",\"degree\":\"MASTER\"}")))
                .isEqualTo("effectiveOn: must not be before the previous change (2015-09-01)");
        assertThat(error(api.put(staff() + "/T2010001", TEACHER.replace("}", ",\"leftOn\":\"2015-09-01\"}"))))
                .isEqualTo("qualificationHistory[1].effectiveOn: must be inside the employment: before leftOn (2015-09-01)");
        assertThat(error(change("T2010001", "{\"effectiveOn\":\"2016-01-01\"}")))
                .startsWith("body: must give at least one of");
        assertThat(change("T2999999", "{\"effectiveOn\":\"2016-01-01\",\"title\":\"SENIOR\"}").status()).isEqualTo(404);
    }

    @Test
    void onlyTeachersOfProfessionalCoursesMayBeDualQualified() {
        Response cultural = api.put(staff() + "/T2010001", TEACHER.replace("专业课", "文化课"));
        api.put(staff() + "/T2010002", TEACHER.replace("专业课", "文化课").replace("true", "false"));
        Response laterCertified = change("T2010002", "{\"effectiveOn\":\"2019-01-01\",\"dualQualified\":true}");

        assertThat(error(cultural)).startsWith("dualQualified: may be true only for staff who teach professional courses");
        assertThat(error(laterCertified)).startsWith("dualQualified: may be true only");
        assertThat(api.put(staff() + "/T2010003", TEACHER.replace("专业课", "BOTH")).status()).isEqualTo(201);
    }

    @Test
    void aFullTimeTeacherMustNameTheCategoryOfTheirCourses() {
        Response response = api.put(staff() + "/T2010001", TEACHER.replace(",\"courseCategory\":\"专业课\"", "")
                .replace("\"teaches\":\"工业机器人编程\",", "").replace("true", "false"));

        assertThat(error(response)).startsWith("courseCategory: must be CULTURAL, PROFESSIONAL or BOTH for a FULL_TIME_TEACHER");
    }

    @Test
    void aPutCannotDropOrContradictRecordedQualifications() {
        api.put(staff() + "/T2010001", TEACHER);
        change("T2010001", "{\"effectiveOn\":\"2020-06-01\",\"title\":\"SENIOR\"}");

        Response dropped = api.put(staff() + "/T2010001", TEACHER.replaceAll(",\"education.*", "")
                + ",\"qualificationHistory\":[{\"effectiveOn\":\"2010-09-01\",\"title\":\"INTERMEDIATE\"}]}");
        Response contradicted = api.put(staff() + "/T2010001", TEACHER.replace("讲师", "助理讲师"));
        Response kept = api.put(staff() + "/T2010001", TEACHER.replace("工业机器人编程", "PLC编程"));

        assertThat(error(dropped)).startsWith("qualificationHistory: must continue the stored history of 2 entries");
        assertThat(error(contradicted)).startsWith("title: 'JUNIOR' differs from INTERMEDIATE in the initial qualifications");
        assertThat(kept.json().get("qualifications").get("title").asString()).isEqualTo("SENIOR");
        assertThat(kept.json().get("qualificationHistory").size()).isEqualTo(2);
    }

    @Test
    void theSeniorTeachersAtTheEndOf2019And2020ComeOutOfTheSameEventsAsTheReportReadsThem() {
        try (TopicProbe topic = probe()) {
            api.put(staff() + "/A", TEACHER.replace("讲师", "SENIOR"));
            api.put(staff() + "/B", TEACHER.replace("2010-09-01", "2015-09-01"));
            change("B", "{\"effectiveOn\":\"2020-06-01\",\"title\":\"SENIOR\"}");
            api.put(staff() + "/C", TEACHER.replace("讲师", "JUNIOR").replace("2010-09-01", "2018-09-01"));
            api.put(staff() + "/D", TEACHER.replace("讲师", "SENIOR").replace("}", ",\"leftOn\":\"2019-07-01\"}"));

            Map<String, JsonNode> latest = new LinkedHashMap<>();
            JsonMapper json = JsonMapper.builder().build();
            ofThisSchool(topic.awaitRecords(r -> ofThisSchool(r).size() == 5, Duration.ofSeconds(20)))
                    .forEach(r -> latest.put(r.key(), json.readTree(r.value())));

            JsonNode b = latest.get(school + ":B");
            assertThat(titleOn(b, LocalDate.of(2019, 12, 31))).isEqualTo("INTERMEDIATE");
            assertThat(titleOn(b, LocalDate.of(2020, 12, 31))).isEqualTo("SENIOR");
            assertThat(seniorTeachersOn(latest.values(), LocalDate.of(2019, 12, 31))).isEqualTo(1);
            assertThat(seniorTeachersOn(latest.values(), LocalDate.of(2020, 12, 31))).isEqualTo(2);
        }
    }

    /** What the report does with a staff event: every change effective by the day applied in order. */
    private static String titleOn(JsonNode staff, LocalDate day) {
        String title = null;
        for (JsonNode change : staff.get("qualificationHistory")) {
            if (LocalDate.parse(change.get("effectiveOn").asString()).isAfter(day)) {
                break;
            }
            if (change.hasNonNull("title")) {
                title = change.get("title").asString();
            }
        }
        return title;
    }

    /** The stock of full-time teachers with a senior title (高级职称) employed on a day. */
    private static long seniorTeachersOn(Collection<JsonNode> staff, LocalDate day) {
        return staff.stream()
                .filter(s -> s.get("role").asString().equals("FULL_TIME_TEACHER"))
                .filter(s -> !LocalDate.parse(s.get("hiredOn").asString()).isAfter(day))
                .filter(s -> !s.hasNonNull("leftOn") || LocalDate.parse(s.get("leftOn").asString()).isAfter(day))
                .filter(s -> Set.of("SENIOR", "SENIOR_FULL").contains(titleOn(s, day)))
                .count();
    }

    @Test
    void listsFilterByPostEmploymentTitleCertificationAndEmploymentOnADay() {
        api.put(staff() + "/T1", TEACHER);
        api.put(staff() + "/T2", TEACHER.replace("在编", "外聘").replace("true", "false"));
        api.put(staff() + "/T3", TEACHER.replace("}", ",\"leftOn\":\"2020-07-01\"}"));
        change("T3", "{\"effectiveOn\":\"2019-06-01\",\"title\":\"SENIOR\"}");
        api.put(staff() + "/A1", "{\"name\":\"王\",\"gender\":\"MALE\",\"employment\":\"CONTRACT\","
                + "\"role\":\"ADMINISTRATIVE\",\"hiredOn\":\"2021-03-01\"}");

        assertThat(numbers("?role=FULL_TIME_TEACHER")).containsExactly("T1", "T2", "T3");
        assertThat(numbers("?employment=EXTERNAL")).containsExactly("T2");
        assertThat(numbers("?title=SENIOR")).containsExactly("T3");
        assertThat(numbers("?dualQualified=true")).containsExactly("T1", "T3");
        assertThat(numbers("?courseCategory=NONE")).containsExactly("A1");
        assertThat(numbers("?employedOn=2020-12-31")).containsExactly("T1", "T2");
        assertThat(numbers("?employedOn=2020-06-30")).containsExactly("T1", "T2", "T3");
        assertThat(numbers("?employedOn=2021-03-01")).containsExactly("A1", "T1", "T2");
        JsonNode secondPage = api.get(staff() + "?size=2&page=1").json();
        assertThat(secondPage.get("total").asLong()).isEqualTo(4);
        assertThat(secondPage.get("items").size()).isEqualTo(2);
        assertThat(api.get(staff() + "?title=PROFESSOR").status()).isEqualTo(400);
        assertThat(api.get(staff() + "?size=1001").status()).isEqualTo(400);
    }

    private List<String> numbers(String query) {
        Response response = api.get(staff() + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(s -> s.get("staffNo").asString()).toList();
    }

    @Test
    void aStaleIfMatchIs412OnPutQualificationChangeAndDelete() {
        api.put(staff() + "/T1", TEACHER);
        change("T1", "{\"effectiveOn\":\"2020-06-01\",\"title\":\"SENIOR\"}");

        assertThat(api.put(staff() + "/T1", TEACHER, "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(api.send("POST", staff() + "/T1/qualification-changes", "application/json",
                "{\"effectiveOn\":\"2021-01-01\",\"degree\":\"MASTER\"}", "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(api.delete(staff() + "/T1", "If-Match", "\"1\"").status()).isEqualTo(412);
    }

    @Test
    void anotherRoleMayNotReadOrWriteStaff() {
        ApiClient registrar = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token(Role.REGISTRAR, school));

        assertThat(registrar.get(staff()).status()).isEqualTo(403);
        assertThat(registrar.put(staff() + "/T1", TEACHER).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/schools/other-" + school + "/staff").status()).isEqualTo(404);
    }
}
