package org.vetreport.finance.asset;

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
class AssetsImportIT {

    /** An asset register with a building's 用途 and equipment's 使用方向 in their own columns. */
    private static final String CSV = """
            资产编号,资产名称,资产类别,面积(亩),建筑面积,用途,数量,使用方向,册数,文献类型,原值,取得日期,处置日期
            TD-1,校园用地,土地,297.22,,,,,,,0,2005/6/1,
            FW-3,实训楼A,房屋,,40100.50,实训,,,,,"¥52,000,000.00",2012/9/1,
            FW-9,行政楼,房屋,,8386.47,行政办公,,,,,18000000元,2010/9/1,2020/12/31
            SB-1,工业机器人工作站,设备,,,,12,实训,,,"80,770,000.00",2019/3/1,
            TS-2020,2020年新增图书,图书,,,,,,7647,纸质图书,382350,2020/6/30,
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
        school = "s" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.FINANCE, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/assets:import" + query;
    }

    private JsonNode asset(String assetNo) {
        return ExactJson.read(api.get("/api/v1/schools/" + school + "/assets/" + assetNo).body());
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/assets").json().get("total").asLong();
    }

    @Test
    void aCsvAssetRegisterWithChineseHeadersImportsExactFiguresAndPublishes() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_ASSETS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            expect(response, 200);
            assertThat(response.json().get("created").asInt()).isEqualTo(5);
            assertThat(asset("TD-1").get("areaMu").decimalValue()).isEqualTo("297.22");
            assertThat(asset("FW-3").get("value").decimalValue()).isEqualTo("52000000.00");
            assertThat(asset("FW-3").get("use").asString()).isEqualTo("TRAINING");
            assertThat(asset("FW-9").get("disposedOn").asString()).isEqualTo("2020-12-31");
            assertThat(asset("SB-1").get("purpose").asString()).isEqualTo("TRAINING");
            assertThat(asset("SB-1").get("value").decimalValue()).isEqualTo("80770000.00");
            assertThat(asset("TS-2020").get("kind").asString()).isEqualTo("PRINT_BOOK");
            assertThat(ofSchool(school, topic.awaitRecords(r -> ofSchool(school, r).size() == 5, Duration.ofSeconds(20))))
                    .extracting(e -> Records.header(e, "ce_type")).containsOnly("asset.created");
        }
    }

    @Test
    void badRowsAreListedWithRowFieldAndMessageAndNothingIsWritten() {
        String bad = CSV + """
                TD-2,飞地,土地,,,,,,,,0,2005/6/1,
                FW-4,车库,房屋,,300,车库,,,,,100000,2012/9/1,
                SB-2,投影仪,设备,,,教学,20,教学,,,"1.200,00",2019/3/1,
                JJ-1,课桌椅,家具,,,,500,,,,250000,2018/1/1,2017/12/31
                """;

        Response response = api.post(imports(""), "text/csv", bad);

        expect(response, 400);
        assertThat(ImportFiles.rowsAndFields(response.json())).containsExactly("7 areaMu", "8 use", "9 value",
                "10 disposedOn", "10 quantity");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("is required for a LAND asset");
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsADryRunNothingAndReimportingChangesNothing() {
        String csv = CSV + "JJ-1,课桌椅,家具,,,,500,,,,250000,2018/1/1,\n";

        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", csv).json();
        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(total()).isZero();

        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", csv).json();
        assertThat(report.get("created").asInt()).isEqualTo(5);
        assertThat(ImportFiles.rowsAndFields(report)).containsExactly("7 quantity");
        assertThat(report.get("errors").get(0).get("message").asString()).isEqualTo("applies only to EQUIPMENT assets, not FURNITURE");

        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FINANCE_ASSETS.name())) {
            JsonNode again = api.post(imports(""), "text/csv", CSV.replace("297.22", "297.220")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(5);
            assertThat(ofSchool(school, topic.drain(Duration.ofSeconds(2)))).isEmpty();
        }
    }

    @Test
    void jsonNdjsonAndExcelRowsFollowTheRulesOfTheApi() {
        Response json = api.post(imports(""), "application/json", """
                [{"assetNo":"CL-1","name":"校车","category":"VEHICLE","value":350000.00,"acquiredOn":"2016-05-01"}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"assetNo":"QK-2020","category":"BOOKS","volumes":419,"kind":"JOURNAL","value":20950.00,"acquiredOn":"2020-12-01"}
                {"assetNo":"CL-2","category":"VEHICLE","volumes":1,"value":"350,000","acquiredOn":"2016-05-01"}
                """);
        HttpResponse<String> xlsx = ImportFiles.post("http://localhost:" + port + imports("?mode=valid-only"), token,
                Xlsx.MEDIA_TYPE, Xlsx.of(
                        new Object[] {"资产编号", "资产类别", "建筑面积", "用途", "价值", "取得日期"},
                        new Object[] {"FW-5", "房屋", 3134d, "图书馆", 9402000d, "2011-09-01"},
                        new Object[] {"FW-6", "房屋", 76400.555d, "教学", "¥1,000.00", "2011-09-01"}));

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ImportFiles.rowsAndFields(ndjson.json())).containsExactly("2 value");
        assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(200);
        assertThat(ImportFiles.rowsAndFields(ExactJson.read(xlsx.body()))).containsExactly("3 floorArea");
        assertThat(asset("FW-5").get("use").asString()).isEqualTo("LIBRARY");
        assertThat(asset("FW-5").get("floorArea").decimalValue()).isEqualTo("3134");
        assertThat(asset("QK-2020").get("volumes").asInt()).isEqualTo(419);
    }
}
