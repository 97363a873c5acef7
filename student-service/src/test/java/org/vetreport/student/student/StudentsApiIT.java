package org.vetreport.student.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class StudentsApiIT {

    private static final String ID = TestIdNumbers.of(LocalDate.of(2005, 3, 8), 421);

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "t" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.REGISTRAR, school));
        api.put("/api/v1/schools/" + school + "/majors/0306", "{\"name\":\"工业机器人应用与维护\",\"openedOn\":\"2015-09-01\"}");
    }

    private String students() {
        return "/api/v1/schools/" + school + "/students";
    }

    private static String student(String idNumber, String majorCode) {
        return "{\"name\":\"王小明\",\"gender\":\"男\",\"idNumber\":" + (idNumber == null ? "null" : "\"" + idNumber + "\"")
                + ",\"birthDate\":\"2005-03-08\",\"majorCode\":\"" + majorCode + "\",\"className\":\"20机器人1班\","
                + "\"programme\":\"THREE_YEAR\",\"enrolledOn\":\"2020-09-01\",\"expectedGraduationOn\":\"2023-06-30\"}";
    }

    private Response changeStatus(String status, String on) {
        return api.post(students() + "/2020001/status-changes", "application/json",
                "{\"status\":\"" + status + "\",\"effectiveOn\":\"" + on + "\",\"reason\":\"test\"}");
    }

    @Test
    void enrollingAStudentMasksTheIdNumberAndPublishesNeitherNameNorIdNumber() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_STUDENTS.name())) {
            Response created = api.put(students() + "/2020001", student(ID, "0306"));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode body = created.json();
            assertThat(body.get("idNumber").asString()).isEqualTo(IdNumber.mask(ID)).doesNotContain(ID.substring(6, 14));
            assertThat(body.get("birthDate").asString()).isEqualTo("2005-03-08");
            assertThat(body.get("gender").asString()).isEqualTo("MALE");
            assertThat(body.get("status").asString()).isEqualTo("ENROLLED");
            ConsumerRecord<String, byte[]> event = topic.awaitRecords(r -> !r.isEmpty(), Duration.ofSeconds(20)).get(0);
            Records.assertCloudEvent(event, "student.enrolled", "/student-service", school, "2020001", 1);
            assertThat(Records.value(event)).contains("\"majorCode\":\"0306\"").doesNotContain("王小明", ID, "idNumber", "2005-03-08");
        }
    }

    @Test
    void sendingBackTheMaskedIdNumberKeepsTheStoredOne() {
        api.put(students() + "/2020001", student(ID, "0306"));

        Response again = api.put(students() + "/2020001", student(IdNumber.mask(ID), "0306"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aWrongCheckCharacterIsA400ThatDoesNotRepeatTheNumber() {
        String wrong = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');

        Response response = api.put(students() + "/2020001", student(wrong, "0306"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
        assertThat(response.body()).contains("check character").doesNotContain(wrong);
    }

    @Test
    void anUnknownMajorIsA400NamingIt() {
        Response response = api.put(students() + "/2020001", student(null, "9999"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("'9999' is not a major of this school");
    }

    @Test
    void statusChangesFollowTheAllowedTransitionsAndAreAnnounced() {
        api.put(students() + "/2020001", student(null, "0306"));
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_STUDENTS.name())) {
            assertThat(changeStatus("SUSPENDED", "2021-03-01").json().get("status").asString()).isEqualTo("SUSPENDED");
            assertThat(changeStatus("GRADUATED", "2021-06-30").status()).isEqualTo(400);
            assertThat(changeStatus("ENROLLED", "2021-02-01").json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveOn");
            assertThat(changeStatus("ENROLLED", "2021-09-01").status()).isEqualTo(200);
            Response graduated = changeStatus("GRADUATED", "2023-06-30");
            assertThat(graduated.json().get("statusHistory").size()).isEqualTo(4);
            assertThat(changeStatus("ENROLLED", "2023-09-01").json().get("errors").get(0).get("message").asString())
                    .contains("GRADUATED is final");

            List<ConsumerRecord<String, byte[]>> events = topic.awaitRecords(r -> r.size() >= 3, Duration.ofSeconds(20));
            assertThat(events).extracting(e -> Records.header(e, "ce_type"))
                    .containsExactly("student.status-changed", "student.status-changed", "student.graduated");
        }
        JsonNode history = api.get(students() + "/2020001/history").json();
        assertThat(history.size()).isEqualTo(4);
        assertThat(history.get(3).get("snapshot").get("status").asString()).isEqualTo("GRADUATED");
        assertThat(history.get(0).get("snapshot").has("name")).isFalse();
    }

    @Test
    void aStaleIfMatchOnAStatusChangeIs412() {
        api.put(students() + "/2020001", student(null, "0306"));
        changeStatus("SUSPENDED", "2021-03-01");

        Response stale = api.send("POST", students() + "/2020001/status-changes", "application/json",
                "{\"status\":\"ENROLLED\",\"effectiveOn\":\"2021-09-01\"}", "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aPutCannotDropStatusChanges() {
        api.put(students() + "/2020001", student(null, "0306"));
        changeStatus("SUSPENDED", "2021-03-01");

        Response rewrite = api.put(students() + "/2020001", student(null, "0306").replace("}",
                ",\"statusHistory\":[{\"status\":\"ENROLLED\",\"effectiveOn\":\"2020-09-01\"}]}"));
        Response keep = api.put(students() + "/2020001", student(null, "0306").replace("王小明", "王晓明"));

        assertThat(rewrite.status()).isEqualTo(400);
        assertThat(keep.json().get("status").asString()).isEqualTo("SUSPENDED");
    }

    @Test
    void listsFilterByStatusMajorAndEnrolmentDate() {
        api.put("/api/v1/schools/" + school + "/majors/0602", "{\"name\":\"电子商务\",\"openedOn\":\"2010-09-01\"}");
        api.put(students() + "/2020001", student(null, "0306"));
        api.put(students() + "/2020002", student(null, "0602"));
        api.put(students() + "/2019001", student(null, "0602").replace("2020-09-01", "2019-09-01"));
        changeStatus("WITHDRAWN", "2021-01-10");

        assertThat(codes(api.get(students() + "?status=ENROLLED"))).containsExactly("2019001", "2020002");
        assertThat(codes(api.get(students() + "?majorCode=0602&enrolledFrom=2020-01-01"))).containsExactly("2020002");
        assertThat(api.get(students() + "?status=LEFT").status()).isEqualTo(400);
    }

    private static List<String> codes(Response response) {
        return response.json().get("items").valueStream().map(s -> s.get("studentNo").asString()).toList();
    }
}
