package org.vetreport.student.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import org.vetreport.student.SchoolFixture;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class AwardsImportIT {

    /** Three awards whose winners are written the ways offices write them: 、, a quoted comma list, one number. */
    private static final String CSV = """
            比赛名称,项目,级别,奖项,获奖日期,学号
            全国职业院校技能大赛,工业机器人技术应用,国家级,一等奖,2021/5/20,2020001、2020002
            浙江省职业能力大赛,电子商务,省级一类,银,2021年10月8日,"2020002,2020003"
            嘉兴市技能大赛,焊接,市级,优胜奖,2020-11-02,2020003
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
        school = "x" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.REGISTRAR, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
        new SchoolFixture(api, school).students("2020001", "2020002", "2020003");
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/awards:import" + query;
    }

    private JsonNode list(String query) {
        return api.get("/api/v1/schools/" + school + "/awards" + query).json();
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    @Test
    void aCsvWithChineseHeadersImportsTeamsWrittenInOneCellAndPublishesAwardCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_AWARDS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            JsonNode provincial = list("?tier=PROVINCIAL_FIRST_CLASS").get("items").get(0);
            assertThat(provincial.get("medal").asString()).isEqualTo("SILVER");
            assertThat(provincial.get("awardedOn").asString()).isEqualTo("2021-10-08");
            assertThat(provincial.get("studentNos").valueStream().map(JsonNode::asString)).containsExactly("2020002", "2020003");
            assertThat(list("?studentNo=2020002").get("total").asInt()).isEqualTo(2);
            assertThat(list("?medal=GOLD").get("items").get(0).get("studentNos").size()).isEqualTo(2);
            List<ConsumerRecord<String, byte[]>> events = ofThisSchool(topic.awaitRecords(r -> ofThisSchool(r).size() == 3,
                    Duration.ofSeconds(20)));
            assertThat(events).extracting(e -> Records.header(e, "ce_type")).containsOnly("award.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndReorderedWinnersUpdateTheSameAward() {
        api.post(imports(""), "text/csv", CSV);
        String reordered = CSV.replace("2020001、2020002", "2020002;2020001");
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_AWARDS.name())) {
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();
            JsonNode reorderedAgain = api.post(imports(""), "text/csv", reordered).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(reorderedAgain.get("created").asInt()).isZero();
            assertThat(reorderedAgain.get("updated").asInt()).isEqualTo(1);
            assertThat(list("").get("total").asInt()).isEqualTo(3);
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2))))
                    .extracting(e -> Records.header(e, "ce_type")).containsExactly("award.updated");
        }
    }

    @Test
    void badRowsAreListedWithRowFieldAndMessageAndNothingIsWritten() {
        String bad = CSV + """
                全国职业院校技能大赛,电子商务技能,国家级,金,2021-05-20,2020001、2020999
                全国职业院校技能大赛,电子商务技能,国家级,白金,2021-05-20,2020001
                全国职业院校技能大赛,电子商务技能,国家级,金,,2020001
                全国职业院校技能大赛,电子商务技能,国家级,金,2021-05-20,2020001、2020001
                嘉兴市技能大赛,焊接,市级,优胜奖,2020-11-02,2020003
                """;

        Response response = api.post(imports(""), "text/csv", bad);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("5 studentNos[1]", "6 medal", "7 awardedOn", "8 studentNos[1]", "9 key");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("'2020999' is not a student of this school");
        assertThat(list("").get("total").asInt()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReturnsTheBadOnes() {
        String bad = CSV + "全国职业院校技能大赛,电子商务技能,国家级,金,2021-05-20,2020999\n";

        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", bad).json();

        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("studentNos[0]");
        assertThat(list("").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void jsonAndNdjsonRowsGiveTheWinnersAsArrays() {
        Response json = api.post(imports(""), "application/json", """
                [{"competition":"世界技能大赛","event":"移动机器人","tier":"INTERNATIONAL","medal":"GOLD",
                  "awardedOn":"2019-08-27","studentNos":["2020001","2020002"]}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"competition":"校技能节","event":"钳工","tier":"校级","medal":"铜","awardedOn":"2021-04-01","studentNos":["2020003"]}
                {"competition":"校技能节","event":"电工","tier":"校级","medal":"铜","awardedOn":"2021-04-01","studentNos":[2020003]}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(ndjson.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(ndjson.json().get("errors").get(0).get("field").asString()).isEqualTo("studentNos[0]");
        assertThat(list("?tier=SCHOOL").get("items").get(0).get("medal").asString()).isEqualTo("BRONZE");
    }

    @Test
    void anExcelWorkbookImportsWithANumberCellAsTheOnlyWinner() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("获奖");
            String[][] cells = {{"比赛名称", "项目", "级别", "奖项", "获奖日期", "学号"},
                    {"全国职业院校技能大赛", "工业机器人技术应用", "国家级行业", "铜牌", "2021-05-20", "2020001、2020003"},
                    {"嘉兴市技能大赛", "焊接", "市级", "金奖", "2020-11-02", null}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] != null) {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            sheet.getRow(2).createCell(5).setCellValue(2020002d);
            workbook.write(bytes);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + imports("")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(list("?tier=NATIONAL_INDUSTRY").get("items").get(0).get("studentNos").size()).isEqualTo(2);
        JsonNode municipal = list("?tier=MUNICIPAL").get("items").get(0);
        assertThat(municipal.get("medal").asString()).isEqualTo("GOLD");
        assertThat(municipal.get("studentNos").get(0).asString()).isEqualTo("2020002");
    }
}
