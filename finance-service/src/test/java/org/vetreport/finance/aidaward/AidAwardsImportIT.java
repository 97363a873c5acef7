package org.vetreport.finance.aidaward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.finance.FinanceIT.expect;
import static org.vetreport.finance.FinanceIT.ofSchool;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.finance.ExactJson;
import org.vetreport.finance.ImportFiles;
import org.vetreport.finance.Xlsx;
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
class AidAwardsImportIT {

    private static final String CSV = """
            项目代码,学号,学年,学期,金额,发放日期
            TW,2020010001,2020,1,"1,950.00",2020/10/20
            TW,2020010002,2020,1,¥1950,2020年10月20日
            NG,2020010001,2020,1,1000元,2020-11-05
            NG,2020010001,2020,2,950.5,2021-04-05
            """;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    ApiClient api;
    String school;
    String token;

    @BeforeEach
    void setUp() {
        school = "r" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.FINANCE, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
        expect(api.put("/api/v1/schools/" + school + "/aid-programmes/TW",
                "{\"name\":\"免学费\",\"kind\":\"TUITION_WAIVER\",\"funder\":\"中央和地方财政\"}"), 201);
        expect(api.put("/api/v1/schools/" + school + "/aid-programmes/NG",
                "{\"name\":\"国家助学金\",\"kind\":\"NATIONAL_GRANT\",\"funder\":\"中央和地方财政\",\"capPerStudent\":1000}"), 201);
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/aid-awards:import" + query;
    }

    private JsonNode award(String key) {
        return ExactJson.read(api.get("/api/v1/schools/" + school + "/aid-awards/" + key).body());
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/aid-awards").json().get("total").asLong();
    }

    @Test
    void aCsvWithChineseHeadersAndSpreadsheetAmountsImportsExactlyAndPublishes() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_AID_AWARDS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            expect(response, 200);
            assertThat(response.json().get("created").asInt()).isEqualTo(4);
            assertThat(award("TW:2020010001:2020:1").get("amount").decimalValue()).isEqualTo("1950.00");
            assertThat(award("TW:2020010002:2020:1").get("paidOn").asString()).isEqualTo("2020-10-20");
            assertThat(award("NG:2020010001:2020:2").get("amount").decimalValue()).isEqualTo("950.50");
            assertThat(ofSchool(school, topic.awaitRecords(r -> ofSchool(school, r).size() == 4, Duration.ofSeconds(20))))
                    .extracting(e -> Records.header(e, "ce_type")).containsOnly("aid-award.created");
        }
    }

    @Test
    void aSecondPaymentInATermOverCapOrOfAnUnknownProgrammeAreListedAndNothingIsWritten() {
        String bad = CSV + """
                NG,2020010001,2020,1,500,2020-12-01
                NG,2020010003,2020,1,1000.01,2020-11-05
                XX,2020010003,2020,1,100,2020-11-05
                NG,2020010004,2020,3,100,2020-11-05
                NG,2020010005,2020,1,"1.000,00",2020-11-05
                NG,2020010006,2020,1,99.999,2020-11-05
                """;

        Response response = api.post(imports(""), "text/csv", bad);

        expect(response, 400);
        assertThat(ImportFiles.rowsAndFields(response.json())).containsExactly("6 key", "7 amount", "8 programmeCode",
                "9 term", "10 amount", "11 amount");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("'NG:2020010001:2020:1' appears already in row 4");
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndADryRunNothing() {
        String csv = CSV + "NG,2020010003,2020,1,1000.01,2020-11-05\n";

        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", csv).json();
        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(1);
        assertThat(total()).isZero();

        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", csv).json();
        assertThat(report.get("created").asInt()).isEqualTo(4);
        assertThat(ImportFiles.rowsAndFields(report)).containsExactly("6 amount");
        assertThat(total()).isEqualTo(4);
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        api.post(imports(""), "text/csv", CSV);
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_AID_AWARDS.name())) {
            JsonNode again = api.post(imports(""), "text/csv", CSV.replace("950.5", "950.50")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(4);
            assertThat(ofSchool(school, topic.drain(Duration.ofSeconds(2)))).isEmpty();
        }
    }

    @Test
    void jsonNdjsonAndExcelRowsFollowTheRulesOfTheApi() {
        Response json = api.post(imports(""), "application/json", """
                [{"programmeCode":"TW","studentNo":"2020010009","year":2020,"term":2,"amount":1950.00,"paidOn":"2021-04-01"}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"programmeCode":"NG","studentNo":"2020010009","year":2020,"term":2,"amount":"1,000.00","paidOn":"2021-04-01"}
                {"programmeCode":"NG","studentNo":"2020010009","year":2020,"term":1,"amount":0.01,"paidOn":"2020-11-01"}
                """);
        HttpResponse<String> xlsx = ImportFiles.post("http://localhost:" + port + imports("?mode=valid-only"), token,
                Xlsx.MEDIA_TYPE, Xlsx.of(new Object[] {"项目代码", "学号", "学年", "学期", "金额", "发放日期"},
                        new Object[] {"NG", "2020010008", 2020d, 1d, 999.99d, "2020-11-05"},
                        new Object[] {"NG", "2020010007", 2020d, 1d, 1000.005d, "2020-11-05"}));

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ImportFiles.rowsAndFields(ndjson.json())).containsExactly("1 amount");
        assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(200);
        assertThat(ImportFiles.rowsAndFields(ExactJson.read(xlsx.body()))).containsExactly("3 amount");
        assertThat(award("NG:2020010008:2020:1").get("amount").decimalValue()).isEqualTo("999.99");
        assertThat(award("NG:2020010009:2020:1").get("amount").decimalValue()).isEqualTo("0.01");
    }
}
