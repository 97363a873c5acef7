package org.vetreport.finance.aidprogramme;

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
class AidProgrammesImportIT {

    /** The programmes of the seed report's 资助情况 section. */
    private static final String CSV = """
            项目代码,项目名称,类别,资助方,限额
            TW,免学费,免学费,中央和地方财政,"¥1,950.00"
            NG,国家助学金,国家助学金,中央和地方财政,1000元
            EV,教育券,教育券,嘉兴市财政,871
            JF,基金会资助金,基金会资助金,嘉兴市教育基金会,
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
        school = "q" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.FINANCE, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/aid-programmes:import" + query;
    }

    private JsonNode programme(String code) {
        return ExactJson.read(api.get("/api/v1/schools/" + school + "/aid-programmes/" + code).body());
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/aid-programmes").json().get("total").asLong();
    }

    @Test
    void aCsvWithChineseHeadersKindsAndSpreadsheetCapsImportsAndPublishes() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_AID_PROGRAMMES.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            expect(response, 200);
            assertThat(response.json().get("created").asInt()).isEqualTo(4);
            assertThat(programme("TW").get("kind").asString()).isEqualTo("TUITION_WAIVER");
            assertThat(programme("TW").get("capPerStudent").decimalValue()).isEqualTo("1950.00");
            assertThat(programme("NG").get("capPerStudent").decimalValue()).isEqualTo("1000.00");
            assertThat(programme("EV").get("capPerStudent").decimalValue()).isEqualTo("871.00");
            assertThat(programme("JF").get("capPerStudent").isNull()).isTrue();
            assertThat(ofSchool(school, topic.awaitRecords(r -> ofSchool(school, r).size() == 4, Duration.ofSeconds(20))))
                    .extracting(e -> Records.header(e, "ce_type")).containsOnly("aid-programme.created");
        }
    }

    @Test
    void badRowsAreListedAndNothingIsWrittenValidOnlyImportsTheRest() {
        String bad = CSV + """
                SG,校内助学金,彩票,学校,
                NS,国家奖学金,国家奖学金,中央财政,"8.000,00"
                EC,应征入伍学费补偿,应征入伍学费补偿,,
                ,求职创业补贴,求职创业补贴,湖北省,
                NG,国家助学金,国家助学金,中央和地方财政,1000元
                """;

        Response rejected = api.post(imports(""), "text/csv", bad);
        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", bad).json();

        expect(rejected, 400);
        assertThat(ImportFiles.rowsAndFields(rejected.json())).containsExactly("6 kind", "7 capPerStudent",
                "8 funder", "9 code", "10 key");
        assertThat(rejected.json().get("errors").get(1).get("message").asString()).contains("is not an amount of yuan");
        assertThat(report.get("created").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").asInt()).isEqualTo(5);
        assertThat(total()).isEqualTo(4);
    }

    @Test
    void aDryRunWritesNothingAndReimportingTheSameFileChangesNothing() {
        JsonNode dryRun = api.post(imports("?dryRun=true"), "text/csv", CSV).json();
        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(total()).isZero();

        api.post(imports(""), "text/csv", CSV);
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_AID_PROGRAMMES.name())) {
            JsonNode again = api.post(imports(""), "text/csv", CSV.replace("\"¥1,950.00\"", "1950")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(4);
            assertThat(ofSchool(school, topic.drain(Duration.ofSeconds(2)))).isEmpty();
        }
    }

    @Test
    void aCapBelowAnAwardAlreadyPaidIsARowError() {
        api.post(imports(""), "text/csv", CSV);
        expect(api.put("/api/v1/schools/" + school + "/aid-awards/NG:2020010001:2020:1",
                "{\"amount\":1000.00,\"paidOn\":\"2020-10-20\"}"), 201);

        Response response = api.post(imports(""), "text/csv", CSV.replace("1000元", "999.99"));

        expect(response, 400);
        assertThat(ImportFiles.rowsAndFields(response.json())).containsExactly("3 capPerStudent");
    }

    @Test
    void jsonNdjsonAndExcelRowsFollowTheRulesOfTheApi() {
        Response json = api.post(imports(""), "application/json", """
                [{"code":"NS","name":"国家奖学金","kind":"NATIONAL_SCHOLARSHIP","funder":"中央财政","capPerStudent":6000.00}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"code":"SG","name":"校内助学金","kind":"SCHOOL_GRANT","funder":"学校"}
                {"code":"EC","name":"应征入伍学费补偿","kind":"ENLISTMENT_COMPENSATION","funder":"中央财政","capPerStudent":"5,000"}
                """);
        HttpResponse<String> xlsx = ImportFiles.post("http://localhost:" + port + imports("?mode=valid-only"), token,
                Xlsx.MEDIA_TYPE, Xlsx.of(new Object[] {"项目代码", "项目名称", "类别", "资助方", "限额"},
                        new Object[] {"JS", "求职创业补贴", "求职创业补贴", "湖北省财政", 1500d},
                        new Object[] {"OT", "其他资助", "其他", "学校", "1,500.005"}));

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ImportFiles.rowsAndFields(ndjson.json())).containsExactly("2 capPerStudent");
        assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(200);
        assertThat(ImportFiles.rowsAndFields(ExactJson.read(xlsx.body()))).containsExactly("3 capPerStudent");
        assertThat(programme("JS").get("capPerStudent").decimalValue()).isEqualTo("1500.00");
        assertThat(programme("NS").get("kind").asString()).isEqualTo("NATIONAL_SCHOLARSHIP");
    }
}
