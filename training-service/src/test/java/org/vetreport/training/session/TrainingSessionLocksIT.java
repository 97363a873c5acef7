package org.vetreport.training.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.lock.LockedPeriods;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.ReportYears;
import org.vetreport.training.TrainingSchool;
import tools.jackson.databind.JsonNode;

/** A school reporting by school year: the report labelled 2021 covers 2020-09-01 to 2021-08-31. */
@PlatformIntegrationTest
class TrainingSessionLocksIT {

    private static final String PASTRY = """
            {"title":"中式面点师职业技能等级认定","occupation":"中式面点师","programme":"技能鉴定","audience":"社会人员",\
            "commissionedBy":"嘉兴市人力资源和社会保障局","startOn":"2020-09-14","endOn":"2020-09-18",\
            "trainees":120,"appraised":110,"passed":95}""";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    LockedPeriods locks;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "l");
        api = school.api();
        assertThat(api.put(session("PX-031"), PASTRY).status()).isEqualTo(201);
    }

    private String session(String code) {
        return school.path("training-sessions/" + code);
    }

    private void publish(Status status) {
        ReportYears.publish(infrastructure.kafkaBootstrapServers(), new ReportingYear(school.code(), 2021,
                LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31), status));
        await().atMost(Duration.ofSeconds(30)).until(() -> locks.anyLocked(school.code()) == (status == Status.LOCKED));
    }

    @Test
    void changingOrDeletingASessionOfALockedSchoolYearIsRefusedUntilItIsDraftAgainWhileALaterSessionIsRecorded() {
        publish(Status.LOCKED);

        Response changed = api.put(session("PX-031"), PASTRY.replace("95", "98"));
        Response deleted = api.delete(session("PX-031"));
        Response later = api.put(session("PX-045"), PASTRY.replace("2020-09-14", "2021-10-11").replace("2020-09-18", "2021-10-15"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(409);
        assertThat(changed.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = changed.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:vetreport:problem:report-year-locked");
        assertThat(problem.get("detail").asString()).contains("report year 2021", "2020-09-01 to 2021-08-31",
                "training-session 'PX-031'");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("passed");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(409);
        assertThat(deleted.json().get("errors").get(0).get("field").asString()).isEqualTo("startOn");
        assertThat(later.status()).as(later.body()).isEqualTo(201);

        publish(Status.DRAFT);

        assertThat(api.put(session("PX-031"), PASTRY.replace("95", "98")).status()).isEqualTo(200);
    }
}
