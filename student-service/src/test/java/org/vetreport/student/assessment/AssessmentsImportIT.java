package org.vetreport.student.assessment;

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
class AssessmentsImportIT {

    /** A results sheet as the academic office keeps it: Chinese columns, kinds, subjects and outcomes. */
    private static final String CSV = """
            学号,年度,学期,考核类型,科目,是否合格,成绩
            2020001,2020,1,文化课,语文,合格,86.5
            2020001,2020,1,文化课,数学,不合格,52
            2020001,2020,2,专业技能,,合格,
            2020002,2020,2,体质测试,,是,78
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TestSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TestSchool.create(port, "b").withStudents("2020001", "2020002");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("assessments:import" + query);
    }

    private long total() {
        return api.get(school.path("assessments?size=1")).json().get("total").asLong();
    }

    @Test
    void aCsvWithChineseColumnsAndValuesImportsAndItsEventsArePublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_ASSESSMENTS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(4);
            JsonNode math = api.get(school.path("assessments/2020001:2020:1:CULTURAL:MATH")).json();
            assertThat(math.get("passed").asBoolean()).isFalse();
            assertThat(math.get("score").decimalValue()).isEqualTo("52");
            assertThat(api.get(school.path("assessments/2020002:2020:2:FITNESS:-")).json().get("passed").asBoolean()).isTrue();
            assertThat(topic.awaitRecords(r -> school.own(r).size() == 4, Duration.ofSeconds(20)))
                    .filteredOn(school::owns).allSatisfy(r -> assertThat(r.headers().lastHeader("ce_type").value())
                            .asString().isEqualTo("assessment.created"));
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_ASSESSMENTS.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first import's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> records.stream().filter(school::owns).count() == 4, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV.replace(",86.5", ",86.50")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(4);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(topic.drain(Duration.ofSeconds(2))).filteredOn(school::owns).hasSize(4);
        }
    }

    /** Rows 6 to 10: unknown student, no subject for a cultural course, score over 100, an unknown outcome, a repeat. */
    private static final String BAD_ROWS = CSV + """
            2020999,2020,1,文化课,英语,合格,90
            2020002,2020,1,文化课,,合格,90
            2020002,2020,1,专业技能,,合格,101
            2020002,2021,1,体质测试,,也许,
            2020001,2020,1,文化课,语文,合格,86.5
            """;

    @Test
    void oneBadRowRejectsTheWholeFileListingEveryBadRow() {
        Response response = api.post(imports(""), "text/csv", BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("6 studentNo", "7 subject", "8 score", "9 passed", "10 key");
        assertThat(response.json().get("errors").get(3).get("message").asString()).contains("'也许' is not valid");
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReturnsTheBadOnes() {
        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", BAD_ROWS).json();

        assertThat(report.get("created").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        assertThat(report.get("errors").get(0).get("message").asString()).contains("'2020999' is not a student of this school");
        assertThat(total()).isEqualTo(4);
    }

    @Test
    void aDryRunChecksWithoutWriting() {
        JsonNode report = api.post(imports("?dryRun=true"), "text/csv", CSV).json();

        assertThat(report.get("rows").asInt()).isEqualTo(4);
        assertThat(report.get("written").asBoolean()).isFalse();
        assertThat(total()).isZero();
    }

    @Test
    void anExcelWorkbookWithNumericCellsImports() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                new Object[] {"学号", "学年", "学期", "考核类型", "课程", "考核结果", "分数"},
                new Object[] {"2020001", 2020, 1, "文化课", "英语", "合格", 91.5},
                new Object[] {2020002, 2020, 1, "体质测试", null, "不合格", 48});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode english = api.get(school.path("assessments/2020001:2020:1:CULTURAL:ENGLISH")).json();
        assertThat(english.get("score").decimalValue()).isEqualTo("91.5");
        assertThat(api.get(school.path("assessments/2020002:2020:1:FITNESS:-")).json().get("passed").asBoolean()).isFalse();
    }

    @Test
    void jsonAndNdjsonRowsNeedTheirKeyFields() {
        Response json = api.post(imports(""), "application/json", """
                [{"studentNo":"2020001","year":2020,"term":1,"kind":"CULTURAL","subject":"HISTORY","passed":true,"score":77},
                 {"studentNo":"2020002","year":2020,"term":1,"kind":"SKILL","passed":true}]
                """);
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"studentNo":"2020001","year":2021,"term":1,"kind":"FITNESS","passed":true}
                {"studentNo":"2020001","term":2,"kind":"FITNESS","passed":true}
                {"studentNo":"2020001","year":2021,"term":2,"kind":"SKILL","subject":"MATH","passed":true}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(2);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(ndjson.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("2 year", "3 subject");
        assertThat(total()).isEqualTo(3);
    }
}
