package org.vetreport.student.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.student.TestSchool.segment;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
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
class CertificatesImportIT {

    private static final String CSV = """
            学号,证书名称,证书类型,等级,发证机构,发证日期
            2020001,电工中级,职业资格证书,中级,嘉兴市人力资源和社会保障局,2020/6/30
            2020001,网店运营推广,1+X,初级,中教畅享,2021年1月15日
            2020002,钳工,职业技能等级证书,高级工,嘉兴技师学院,2020-12-20
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TestSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TestSchool.create(port, "d").withStudents("2020001", "2020002");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("certificates:import" + query);
    }

    private long total() {
        return api.get(school.path("certificates?size=1")).json().get("total").asLong();
    }

    @Test
    void aCsvWithChineseColumnsAndValuesImportsAndItsEventsArePublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_CERTIFICATES.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            JsonNode fitter = api.get(school.path("certificates/" + segment("2020002:钳工:2020-12-20"))).json();
            assertThat(fitter.get("kind").asString()).isEqualTo("SKILL_LEVEL");
            assertThat(fitter.get("level").asString()).isEqualTo("LEVEL_3");
            assertThat(api.get(school.path("certificates/" + segment("2020001:网店运营推广:2021-01-15"))).status()).isEqualTo(200);
            assertThat(topic.awaitRecords(r -> school.own(r).size() == 3, Duration.ofSeconds(20)))
                    .filteredOn(school::owns).extracting(r -> new String(r.headers().lastHeader("ce_type").value()))
                    .containsOnly("certificate.created");
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_CERTIFICATES.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first import's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> records.stream().filter(school::owns).count() == 3, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV.replace("2020/6/30", "2020-06-30")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(topic.drain(Duration.ofSeconds(2))).filteredOn(school::owns).hasSize(3);
        }
    }

    /** Rows 5 to 9: unknown student, a '/' in the name, no issuer, a future date, a repeat of row 2. */
    private static final String BAD_ROWS = CSV + """
            2020999,电工初级,职业资格证书,初级,某局,2020-06-30
            2020001,电工/焊工,其他,,某局,2020-06-30
            2020001,焊工,其他,,,2020-06-30
            2020001,叉车,其他,,某局,2999-01-01
            2020001,电工中级,职业资格证书,中级,某局,2020-06-30
            """;

    @Test
    void oneBadRowRejectsTheWholeFileListingEveryBadRow() {
        Response response = api.post(imports(""), "text/csv", BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("5 studentNo", "6 name", "7 issuer", "8 issuedOn", "9 key");
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReturnsTheBadOnes() {
        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", BAD_ROWS).json();

        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        assertThat(total()).isEqualTo(3);
    }

    @Test
    void anExcelWorkbookWithDateCellsImports() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                new Object[] {"学号", "证书", "证书类型", "证书等级", "发证单位", "取证日期"},
                new Object[] {2020001, "维修电工", "职业资格", "技师", "浙江省人力资源和社会保障厅", LocalDate.of(2021, 7, 1)});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode read = api.get(school.path("certificates/" + segment("2020001:维修电工:2021-07-01"))).json();
        assertThat(read.get("level").asString()).isEqualTo("LEVEL_2");
    }

    @Test
    void jsonAndNdjsonRowsNeedTheirKeyFields() {
        Response json = api.post(imports(""), "application/json", """
                [{"studentNo":"2020001","name":"电工中级","kind":"VOCATIONAL_QUALIFICATION","level":"LEVEL_4","issuer":"某局","issuedOn":"2020-06-30"}]
                """);
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"studentNo":"2020002","name":"钳工","kind":"OTHER","issuer":"某局","issuedOn":"2020-06-30"}
                {"studentNo":"2020002","kind":"OTHER","issuer":"某局","issuedOn":"2020-06-30"}
                {"studentNo":"2020002","name":"焊工","kind":"OTHER","issuer":"某局","issuedOn":20200630}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(ndjson.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("2 name", "3 issuedOn");
        assertThat(total()).isEqualTo(2);
    }
}
