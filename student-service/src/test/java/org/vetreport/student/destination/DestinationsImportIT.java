package org.vetreport.student.destination;

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
class DestinationsImportIT {

    private static final String HEADER = "学号,毕业年份,去向,专业对口,本地就业,起薪,就业单位\n";
    private static final String CSV = HEADER + """
            2020001,2023,就业,是,是,4200.5,嘉兴某智能装备有限公司
            2020002,2023,升学,,,,
            2020004,2024,自主创业,否,否,5000,个人工作室
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
        school = "e" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.REGISTRAR, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
        new SchoolFixture(api, school).students("2020001", "2020002", "2020003", "2020004")
                .graduate("2020001", "2023-06-30").graduate("2020002", "2023-06-30").graduate("2020004", "2024-01-15");
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/destinations:import" + query;
    }

    private Response destination(String studentNo) {
        return api.get("/api/v1/schools/" + school + "/destinations/" + studentNo);
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/destinations").json().get("total").asLong();
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    @Test
    void aCsvWithChineseHeadersImportsAndPublishesDestinationCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_DESTINATIONS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            Response employed = destination("2020001");
            assertThat(employed.body()).contains("\"firstMonthlySalary\":4200.50", "\"relevantToMajor\":true", "\"local\":true");
            assertThat(destination("2020002").json().get("destination").asString()).isEqualTo("FURTHER_EDUCATION");
            assertThat(destination("2020004").json().get("destination").asString()).isEqualTo("SELF_EMPLOYED");
            List<ConsumerRecord<String, byte[]>> events = ofThisSchool(topic.awaitRecords(r -> ofThisSchool(r).size() == 3,
                    Duration.ofSeconds(20)));
            assertThat(events).extracting(e -> Records.header(e, "ce_type")).containsOnly("destination.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_DESTINATIONS.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first write's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> ofThisSchool(records).size() == 3, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV.replace("4200.5", "4200.50")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2)))).hasSize(3);
        }
    }

    @Test
    void badRowsAreListedWithRowFieldAndMessageAndNothingIsWritten() {
        String bad = CSV + """
                2020003,2023,就业,是,是,4000,某公司
                2020999,2023,就业,是,是,4000,某公司
                2020004,2023,待业,,,,
                2020001,2023,就业,是,是,4200.555,嘉兴某智能装备有限公司
                2020002,2023,升学,,,3000,
                2020001,2023,就业,也许,是,4200.5,嘉兴某智能装备有限公司
                ,2023,就业,是,是,4200.5,
                """;

        Response response = api.post(imports(""), "text/csv", bad);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString())).containsExactly(
                "5 studentNo", "6 studentNo", "7 graduationYear", "8 firstMonthlySalary", "9 firstMonthlySalary",
                "10 relevantToMajor", "11 studentNo");
        assertThat(errors.get(0).get("message").asString()).contains("'2020003' is ENROLLED, not GRADUATED");
        assertThat(errors.get(3).get("message").asString()).contains("at most 2 decimals");
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReturnsTheBadOnes() {
        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", CSV + "2020003,2023,参军,,,,\n").json();

        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("studentNo");
        assertThat(total()).isEqualTo(3);
    }

    @Test
    void jsonAndNdjsonRowsFollowTheRulesOfTheApi() {
        Response json = api.post(imports(""), "application/json", """
                [{"studentNo":"2020001","graduationYear":2023,"destination":"ENLISTED"},
                 {"studentNo":"2020002","graduationYear":2023,"destination":"OTHER","employer":"家庭农场"}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"studentNo":"2020004","graduationYear":2024,"destination":"EMPLOYED","firstMonthlySalary":3800}
                {"studentNo":"2020003","graduationYear":2023,"destination":"EMPLOYED","firstMonthlySalary":3800.001}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(2);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(ndjson.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("2 studentNo", "2 firstMonthlySalary");
        assertThat(destination("2020004").body()).contains("\"firstMonthlySalary\":3800.00");
    }

    @Test
    void anExcelWorkbookWithNumberCellsImportsExactAmounts() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("毕业去向");
            Object[][] cells = {{"学号", "毕业年份", "去向", "专业对口", "本地就业", "起薪", "就业单位"},
                    {"2020001", 2023d, "就业", "是", "否", 4200.55d, "嘉兴某智能装备有限公司"},
                    {"2020004", 2024d, "就业", "否", "是", 3999.999d, "某公司"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) cells[r][c]);
                    }
                }
            }
            workbook.write(bytes);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + imports("?mode=valid-only")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":1", "\"row\":3,\"field\":\"firstMonthlySalary\"");
        assertThat(destination("2020001").body()).contains("\"firstMonthlySalary\":4200.55", "\"local\":false");
    }
}
