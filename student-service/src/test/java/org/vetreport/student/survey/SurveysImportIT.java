package org.vetreport.student.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TopicProbe;
import org.vetreport.student.TestSchool;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class SurveysImportIT {

    /** The seed report's surveys of 2020 as counts. */
    private static final String CSV = """
            调查项目,年度,满意,不满意,无法评价
            校园文化与社团活动,2020,991,9,0
            校园安全,2020,994,6,
            教师教学,2020,980,20,0
            学生发展前景,2020,9125,875,0
            用人单位,2020,828,172,0
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TestSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TestSchool.create(port, "u");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("surveys:import" + query);
    }

    private long total() {
        return api.get(school.path("surveys?size=1")).json().get("total").asLong();
    }

    @Test
    void aCsvWithChineseColumnsAndSurveyNamesImportsAndItsEventsArePublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_SURVEYS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(5);
            JsonNode safety = api.get(school.path("surveys/CAMPUS_SAFETY:2020")).json();
            assertThat(safety.get("satisfied").asInt()).isEqualTo(994);
            assertThat(safety.get("notAssessable").asInt()).isZero();
            assertThat(topic.awaitRecords(r -> school.own(r).size() == 5, Duration.ofSeconds(20)))
                    .filteredOn(school::owns).extracting(r -> new String(r.headers().lastHeader("ce_type").value()))
                    .containsOnly("survey.created");
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_SURVEYS.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first import's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> records.stream().filter(school::owns).count() == 5, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(5);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(topic.drain(Duration.ofSeconds(2))).filteredOn(school::owns).hasSize(5);
        }
    }

    /** Rows 7 to 10: no respondents, a negative count, an unknown survey, a repeat of row 2. */
    private static final String BAD_ROWS = CSV + """
            家长,2020,0,0,0
            就业工作,2020,-1,0,0
            食堂,2020,1,0,0
            社团活动,2020,1,0,0
            """;

    @Test
    void oneBadRowRejectsTheWholeFileListingEveryBadRow() {
        Response response = api.post(imports(""), "text/csv", BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("7 respondents", "8 satisfied", "9 survey", "10 key");
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReturnsTheBadOnes() {
        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", BAD_ROWS).json();

        assertThat(report.get("created").asInt()).isEqualTo(5);
        assertThat(report.get("rejected").asInt()).isEqualTo(4);
        assertThat(total()).isEqualTo(5);
    }

    @Test
    void anExcelWorkbookWithNumericCellsImports() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                new Object[] {"满意度调查", "年度", "满意人数", "不满意人数", "无法评价人数"},
                new Object[] {"就业服务", 2020, 9906, 94, 0},
                new Object[] {"毕业生对学校", 2020, 743, 7, 0});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.get(school.path("surveys/EMPLOYMENT_SERVICE:2020")).json().get("satisfied").asInt()).isEqualTo(9906);
        assertThat(total()).isEqualTo(2);
    }

    @Test
    void jsonAndNdjsonRowsNeedTheirKeyFields() {
        Response json = api.post(imports(""), "application/json", """
                [{"survey":"PARENTS","year":2020,"satisfied":1200,"dissatisfied":30,"notAssessable":12}]
                """);
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"survey":"PARENTS","year":2021,"satisfied":1250,"dissatisfied":20}
                {"year":2021,"satisfied":1,"dissatisfied":0}
                {"survey":"TEACHING","year":"2021","satisfied":1,"dissatisfied":0}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(ndjson.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("2 survey", "3 year");
        assertThat(total()).isEqualTo(2);
    }
}
