package org.vetreport.training.internship;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TopicProbe;
import org.vetreport.training.TrainingSchool;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class InternshipsImportIT {

    private static final String HEADER = "学号,企业,实习单位,实习类型,开始日期,结束日期,专业对口,保险,录用\n";
    private static final String CSV = HEADER + """
            2020001,RH001,,顶岗实习,2020/7/1,2021/1/15,是,是,是
            2020002,,嘉兴某汽车维修有限公司,认识实习,2020年3月2日,2020年3月6日,否,是,否
            2020003,SC002,,跟岗实习,2020-09-01,,是,否,
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "j").withPartners("RH001", "SC002");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("internships:import" + query);
    }

    private JsonNode internship(String key) {
        return api.get(school.path("internships/" + key)).json();
    }

    @Test
    void aCsvWithChineseHeadersAndYesOrNoImportsInternshipsAndPublishesInternshipCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_INTERNSHIPS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            JsonNode placement = internship("2020001:2020-07-01");
            assertThat(placement.get("kind").asString()).isEqualTo("PLACEMENT");
            assertThat(placement.get("endOn").asString()).isEqualTo("2021-01-15");
            assertThat(placement.get("hiredByHost").asBoolean()).isTrue();
            JsonNode cognition = internship("2020002:2020-03-02");
            assertThat(cognition.get("host").asString()).isEqualTo("嘉兴某汽车维修有限公司");
            assertThat(cognition.get("relevantToMajor").asBoolean()).isFalse();
            JsonNode followUp = internship("2020003:2020-09-01");
            assertThat(followUp.hasNonNull("endOn")).isFalse();
            assertThat(followUp.get("insured").asBoolean()).isFalse();
            assertThat(followUp.get("hiredByHost").asBoolean()).isFalse();
            assertThat(school.await(topic, 3)).extracting(e -> Records.header(e, "ce_type")).containsOnly("internship.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndPublishesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_INTERNSHIPS.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first write's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> school.own(records).size() == 3, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(school.own(topic.drain(Duration.ofSeconds(2)))).hasSize(3);
        }
    }

    /** Rows 2 and 9 are good; the others each break a rule. */
    private static final String WITH_BAD_ROWS = HEADER + """
            2020001,RH001,,顶岗实习,2020-07-01,,是,是,
            2020002,ZZ999,,顶岗实习,2020-07-01,,是,是,
            2020003,RH001,某公司,顶岗实习,2020-07-01,,是,是,
            2020004,,,顶岗实习,2020-07-01,,是,是,
            2020005,RH001,,顶岗实习,2020-07-01,2020-06-30,是,是,
            2020006,RH001,,实训,2020-07-01,,是,是,
            2020007,RH001,,顶岗实习,2020-07-01,,也许,是,
            2020001,SC002,,顶岗实习,2020-07-01,,是,是,
            2020001,SC002,,跟岗实习,2020-03-01,2020-03-31,是,是,否
            """;

    @Test
    void allOrNothingListsEveryBadRowWithFieldAndMessageAndWritesNothing() {
        Response response = api.post(imports(""), "text/csv", WITH_BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(TrainingSchool.rowsAndFields(errors)).containsExactly("3 partnerCode", "4 host", "5 partnerCode",
                "6 endOn", "7 kind", "8 relevantToMajor", "9 key");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("'ZZ999' is not a partner of this school; record the partner first");
        assertThat(errors.get(6).get("message").asString()).isEqualTo("'2020001:2020-07-01' appears already in row 2");
        assertThat(school.total("internships")).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunWritesNothing() {
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", WITH_BAD_ROWS).json();
        assertThat(school.total("internships")).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(7);
        assertThat(validOnly.get("created").asInt()).isEqualTo(2);
        assertThat(validOnly.get("rejected").asInt()).isEqualTo(7);
        assertThat(school.total("internships?studentNo=2020001")).isEqualTo(2);
    }

    @Test
    void jsonAndNdjsonRowsNameTheirKeyFields() {
        Response json = api.post(imports(""), "application/json", """
                [{"studentNo":"2020001","partnerCode":"RH001","kind":"PLACEMENT","startOn":"2020-07-01",
                  "relevantToMajor":true,"insured":true}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"studentNo":"2020002","host":"某公司","kind":"COGNITION","startOn":"2020-03-02","relevantToMajor":false,"insured":true}
                {"studentNo":"2020003","partnerCode":"SC002","kind":"FOLLOW_UP","relevantToMajor":true,"insured":true}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(TrainingSchool.rowsAndFields(ndjson.json().get("errors"))).containsExactly("2 startOn");
    }

    @Test
    void anExcelWorkbookImportsWithNumberAndDateCells() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                HEADER.strip().split(","),
                new Object[] {2020001, "RH001", null, "顶岗实习", LocalDate.of(2020, 7, 1), LocalDate.of(2021, 1, 15),
                        "是", "是", "是"},
                new Object[] {"2020002", null, "某公司", "认识实习", "2020/3/2", null, "否", "是", "否"});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode placement = internship("2020001:2020-07-01");
        assertThat(placement.get("endOn").asString()).isEqualTo("2021-01-15");
        assertThat(placement.get("hiredByHost").asBoolean()).isTrue();
        assertThat(internship("2020002:2020-03-02").get("host").asString()).isEqualTo("某公司");
    }
}
