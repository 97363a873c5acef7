package org.vetreport.student.major;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.UUID;
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
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class MajorsImportIT {

    private static final String CSV = """
            专业代码,专业名称,专业群,开设日期
            0101,机床切削加工（车工）,机械专业群,2005/9/1
            0306,工业机器人应用与维护,电气专业群,2015-09-01
            0602,电子商务,财经专业群,2010年9月1日
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
        school = "m" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.REGISTRAR, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/majors:import" + query;
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/majors").json().get("total").asLong();
    }

    @Test
    void aCsvWithChineseHeadersAndDateFormsImportsAndItsEventsArePublished() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(3);
            assertThat(api.get("/api/v1/schools/" + school + "/majors/0602").json().get("openedOn").asString()).isEqualTo("2010-09-01");
            assertThat(topic.awaitRecords(records -> records.stream().filter(r -> r.key().startsWith(school + ":")).count() == 3,
                    Duration.ofSeconds(20))).isNotEmpty();
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            api.post(imports(""), "text/csv", CSV);
            // the first import's events are published asynchronously: wait for them, so only later ones count
            topic.awaitRecords(records -> records.stream().filter(r -> r.key().startsWith(school + ":")).count() == 3, Duration.ofSeconds(30));
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(topic.drain(Duration.ofSeconds(2))).filteredOn(r -> r.key().startsWith(school + ":")).hasSize(3);
        }
    }

    @Test
    void oneBadRowRejectsTheWholeFileListingEveryBadRow() {
        String bad = CSV + "0999,,机械专业群,2015-09-01\n0998,数控,机械专业群,2015-13-01\n0101,重复,机械专业群,2015-09-01\n";

        Response response = api.post(imports(""), "text/csv", bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("5 name", "6 openedOn", "7 key");
        assertThat(response.json().get("report").get("rejected").asInt()).isEqualTo(3);
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReturnsTheBadOnes() {
        String bad = CSV + "0999,,机械专业群,2015-09-01\n";

        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", bad).json();

        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(total()).isEqualTo(3);
    }

    @Test
    void aDryRunChecksWithoutWriting() {
        JsonNode report = api.post(imports("?dryRun=true"), "text/csv", CSV).json();

        assertThat(report.get("rows").asInt()).isEqualTo(3);
        assertThat(report.get("written").asBoolean()).isFalse();
        assertThat(total()).isZero();
    }

    @Test
    void jsonAndNdjsonRowsFollowTheRulesOfTheApi() {
        Response json = api.post(imports(""), "application/json",
                "[{\"code\":\"A1\",\"name\":\"会计\",\"openedOn\":\"2005-09-01\"},{\"code\":\"A2\",\"name\":\"物流\",\"openedOn\":\"2013-09-01\"}]");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson",
                "{\"code\":\"B1\",\"name\":\"旅游\",\"openedOn\":\"2007-09-01\"}\n{\"code\":\"B2\",\"name\":\"烹饪\",\"openedOn\":20080901}\n");

        assertThat(json.json().get("created").asInt()).isEqualTo(2);
        assertThat(ndjson.json().get("created").asInt()).isEqualTo(1);
        assertThat(ndjson.json().get("errors").get(0).get("field").asString()).isEqualTo("openedOn");
    }

    @Test
    void anExcelWorkbookImports() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("专业");
            String[][] cells = {{"专业代码", "专业名称", "专业群", "开设日期"}, {"0201", "计算机网络应用", "信息专业群", "2005-09-01"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(bytes);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + imports("")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/schools/" + school + "/majors/0201").json().get("group").asString()).isEqualTo("信息专业群");
    }

    @Test
    void filesThatCannotBeReadAre415Problems() throws IOException {
        Response type = api.post(imports(""), "application/pdf", "%PDF");
        HttpResponse<String> gbk;
        try {
            gbk = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + imports("")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(CSV.getBytes(Charset.forName("GBK")))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }

        assertThat(type.status()).isEqualTo(415);
        assertThat(type.json().get("detail").asString()).contains("text/csv");
        assertThat(gbk.statusCode()).isEqualTo(415);
        assertThat(gbk.body()).contains("GBK");
        assertThat(total()).isZero();
    }

    @Test
    void historyListsEveryVersionWithItsWriter() {
        api.put("/api/v1/schools/" + school + "/majors/H1", "{\"name\":\"电工\",\"openedOn\":\"2005-09-01\"}");
        api.put("/api/v1/schools/" + school + "/majors/H1", "{\"name\":\"电工电子\",\"openedOn\":\"2005-09-01\"}");
        api.delete("/api/v1/schools/" + school + "/majors/H1");

        JsonNode history = api.get("/api/v1/schools/" + school + "/majors/H1/history").json();

        assertThat(history.valueStream().map(r -> r.get("version").asInt() + " " + r.get("type").asString()))
                .containsExactly("1 major.created", "2 major.updated", "3 major.deleted");
        assertThat(history.get(1).get("snapshot").get("name").asString()).isEqualTo("电工电子");
        assertThat(history.get(2).get("snapshot").isNull()).isTrue();
        assertThat(history.get(0).get("actor").asString()).startsWith("user-");
        assertThat(api.get("/api/v1/schools/" + school + "/majors/never/history").status()).isEqualTo(404);
    }
}
