package org.vetreport.faculty.lock;

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
class StaffLocksIT {

    private static final String TEACHER = """
            {"name":"李老师","gender":"女","birthDate":"1985-04-12","employment":"在编","role":"专任教师",\
            "teaches":"工业机器人编程","courseCategory":"专业课","hiredOn":"2010-09-01",\
            "education":"本科","degree":"学士","title":"讲师","dualQualified":true}""";

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
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        assertThat(api.put(staff() + "/T2010001", TEACHER).status()).isEqualTo(201);
    }

    private String staff() {
        return "/api/v1/schools/" + school + "/staff";
    }

    private void publish(Status status) {
        ReportYears.publish(infrastructure.kafkaBootstrapServers(),
                new ReportingYear(school, 2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), status));
        await().atMost(Duration.ofSeconds(30)).until(() -> locks.anyLocked(school) == (status == Status.LOCKED));
    }

    private Response promote(String on) {
        return api.post(staff() + "/T2010001/qualification-changes", "application/json",
                "{\"effectiveOn\":\"" + on + "\",\"title\":\"高级讲师\"}");
    }

    private static String refusedField(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:vetreport:problem:report-year-locked");
        assertThat(problem.get("detail").asString()).contains("report year 2022", "2022-01-01 to 2022-12-31", "staff 'T2010001'");
        return problem.get("errors").get(0).get("field").asString();
    }

    @Test
    void aTitleBackDatedIntoALockedYearIsRefusedUntilTheYearIsDraftAgain() {
        publish(Status.LOCKED);

        assertThat(refusedField(promote("2022-06-01"))).isEqualTo("qualificationHistory");

        publish(Status.DRAFT);

        assertThat(promote("2022-06-01").status()).isEqualTo(200);
    }

    @Test
    void aLeavingDateInsideTheLockedYearIsRefusedWhileOneAfterItAndANameFixAreRecorded() {
        publish(Status.LOCKED);

        assertThat(refusedField(api.put(staff() + "/T2010001", TEACHER.replace("}", ",\"leftOn\":\"2022-07-31\"}"))))
                .isEqualTo("leftOn");
        assertThat(api.put(staff() + "/T2010001", TEACHER.replace("李老师", "李红")).status()).isEqualTo(200);
        Response left = api.put(staff() + "/T2010001", TEACHER.replace("}", ",\"leftOn\":\"2023-07-31\"}"));
        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(promote("2023-03-01").status()).isEqualTo(200);
    }
}
