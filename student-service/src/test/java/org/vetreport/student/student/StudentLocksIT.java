package org.vetreport.student.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.lock.LockedPeriods;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.ReportYears;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class StudentLocksIT {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    LockedPeriods locks;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "l" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.REGISTRAR, school));
        api.put("/api/v1/schools/" + school + "/majors/0306", "{\"name\":\"工业机器人应用与维护\",\"openedOn\":\"2015-09-01\"}");
    }

    private String students() {
        return "/api/v1/schools/" + school + "/students";
    }

    private Response enrol(String studentNo, String name, String enrolledOn) {
        return api.put(students() + "/" + studentNo, "{\"name\":\"" + name + "\",\"gender\":\"男\",\"birthDate\":\"2005-03-08\","
                + "\"majorCode\":\"0306\",\"className\":\"机器人1班\",\"programme\":\"THREE_YEAR\",\"enrolledOn\":\""
                + enrolledOn + "\",\"expectedGraduationOn\":\"" + LocalDate.parse(enrolledOn).plusYears(3) + "\"}");
    }

    private void publish(Status status) {
        ReportYears.publish(infrastructure.kafkaBootstrapServers(),
                new ReportingYear(school, 2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), status));
        await().atMost(Duration.ofSeconds(30)).until(() -> locks.anyLocked(school) == (status == Status.LOCKED));
    }

    private Response suspend(String on) {
        return api.post(students() + "/2020001/status-changes", "application/json",
                "{\"status\":\"SUSPENDED\",\"effectiveOn\":\"" + on + "\",\"reason\":\"因病休学\"}");
    }

    @Test
    void aStatusChangeBackDatedIntoALockedYearIsRefusedUntilTheYearIsDraftAgainWhileWritesOutsideItSucceed() {
        assertThat(enrol("2020001", "王小明", "2020-09-01").status()).isEqualTo(201);
        publish(Status.LOCKED);

        Response refused = suspend("2022-03-01");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:vetreport:problem:report-year-locked");
        assertThat(problem.get("detail").asString()).contains("report year 2022", school, "2022-01-01 to 2022-12-31",
                "student '2020001'");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("statusHistory");
        assertThat(enrol("2023001", "李华", "2023-09-01").status()).isEqualTo(201);
        assertThat(enrol("2020001", "王晓明", "2020-09-01").status()).as("a name is no figure").isEqualTo(200);

        publish(Status.DRAFT);

        assertThat(suspend("2022-03-01").status()).isEqualTo(200);
    }

    @Test
    void aStatusChangeEffectiveAfterTheLockedYearIsRecorded() {
        enrol("2020001", "王小明", "2020-09-01");
        publish(Status.LOCKED);

        Response suspended = suspend("2023-03-01");

        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
    }
}
