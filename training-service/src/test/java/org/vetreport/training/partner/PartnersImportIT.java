package org.vetreport.training.partner;

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
class PartnersImportIT {

    private static final String HEADER = "企业编号,单位名称,行业,城市,合作类型,合作开始,合作结束,提供工位\n";
    private static final String CSV = HEADER + """
            RH001,浙江瑞宏机器人有限公司,智能制造,嘉兴,现代学徒制、实习基地,2017/9/1,,60
            SC002,浙江三超信息科技有限公司,电子商务,嘉兴,"现代学徒制,共建实训室",2018年3月1日,2023-02-28,20
            XH003,欣禾职教集团,,,职教集团,2016-01-01,,
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TrainingSchool school;
    ApiClient api;

    @BeforeEach
    void setUp() {
        school = TrainingSchool.create(port, "q");
        api = school.api();
    }

    private String imports(String query) {
        return school.path("partners:import" + query);
    }

    private JsonNode partner(String code) {
        return api.get(school.path("partners/" + code)).json();
    }

    @Test
    void aCsvWithChineseHeadersImportsPartnersWithSeveralKindsInOneCellAndPublishesPartnerCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_PARTNERS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            assertThat(partner("RH001").get("kinds").valueStream().map(JsonNode::asString))
                    .containsExactly("APPRENTICESHIP", "INTERNSHIP_BASE");
            assertThat(partner("SC002").get("until").asString()).isEqualTo("2023-02-28");
            assertThat(partner("SC002").get("since").asString()).isEqualTo("2018-03-01");
            assertThat(partner("XH003").get("workstationsProvided").asInt()).isZero();
            assertThat(school.total("partners?kind=APPRENTICESHIP")).isEqualTo(2);
            assertThat(school.await(topic, 3)).extracting(e -> Records.header(e, "ce_type")).containsOnly("partner.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndPublishesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.TRAINING_PARTNERS.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first write's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> school.own(records).size() == 3, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(school.own(topic.drain(Duration.ofSeconds(2)))).hasSize(3);
        }
    }

    /** Rows 2 and 8 are good; the others each break a rule. */
    private static final String WITH_BAD_ROWS = HEADER + """
            RH001,浙江瑞宏机器人有限公司,,,实习基地,2017-09-01,,60
            SC002,浙江三超信息科技有限公司,,,好朋友,2018-03-01,,
            XH003,欣禾职教集团,,,,2016-01-01,,
            ML004,嘉兴市美丽家食品有限责任公司,,,实习基地,2019-09-01,2019-08-31,
            JX005,加西贝拉,,,实习基地,2019-09-01,,-5
            ,无编号公司,,,实习基地,2019-09-01,,
            JX007,嘉兴某公司,,,实习基地、实习基地,2019-09-01,,
            JX008,嘉兴另一公司,,,委托培训,2019-09-01,,
            """;

    @Test
    void allOrNothingListsEveryBadRowWithFieldAndMessageAndWritesNothing() {
        Response response = api.post(imports(""), "text/csv", WITH_BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(TrainingSchool.rowsAndFields(errors))
                .containsExactly("3 kinds[0]", "4 kinds", "5 until", "6 workstationsProvided", "7 code", "8 kinds[1]");
        assertThat(errors.get(0).get("message").asString()).startsWith("'好朋友' is not valid: expected one of");
        assertThat(school.total("partners")).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunWritesNothing() {
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", WITH_BAD_ROWS).json();
        assertThat(school.total("partners")).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(6);
        assertThat(validOnly.get("created").asInt()).isEqualTo(2);
        assertThat(school.total("partners")).isEqualTo(2);
        assertThat(partner("JX008").get("kinds").get(0).asString()).isEqualTo("TRAINING_CLIENT");
    }

    @Test
    void jsonAndNdjsonRowsGiveTheKindsAsArrays() {
        Response json = api.post(imports(""), "application/json", """
                [{"code":"RH001","name":"浙江瑞宏机器人有限公司","kinds":["APPRENTICESHIP","CO_BUILT_LAB"],"since":"2017-09-01"}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"code":"SC002","name":"三超","kinds":["产业学院"],"since":"2018-03-01"}
                {"code":"XH003","name":"欣禾","kinds":["GROUP_MEMBER"],"since":"2016-01-01","workstationsProvided":"5"}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(TrainingSchool.rowsAndFields(ndjson.json().get("errors"))).containsExactly("2 workstationsProvided");
        assertThat(partner("SC002").get("kinds").get(0).asString()).isEqualTo("INDUSTRY_COLLEGE");
    }

    @Test
    void anExcelWorkbookImportsWithNumberAndDateCells() {
        HttpResponse<String> response = school.postWorkbook(imports(""),
                HEADER.strip().split(","),
                new Object[] {"RH001", "浙江瑞宏机器人有限公司", "智能制造", "嘉兴", "现代学徒制；实习基地",
                        LocalDate.of(2017, 9, 1), null, 60},
                new Object[] {1002, "嘉兴市美丽家食品有限责任公司", "食品", "嘉兴", "产业学院", "2019年9月1日",
                        LocalDate.of(2024, 8, 31), null});

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode ruihong = partner("RH001");
        assertThat(ruihong.get("kinds").size()).isEqualTo(2);
        assertThat(ruihong.get("since").asString()).isEqualTo("2017-09-01");
        assertThat(ruihong.get("workstationsProvided").asInt()).isEqualTo(60);
        assertThat(partner("1002").get("until").asString()).isEqualTo("2024-08-31");
    }
}
