package org.vetreport.student.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.CellStyle;
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
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class ActivitiesImportIT {

    private static final String CSV = """
            类型,名称,日期,开始日期,结束日期,参与人数
            社团,机器人创新社,,2018/9/15,,45
            社团,书法社,,2016-09-01,2020年6月30日,30
            志愿服务,学雷锋志愿服务,2021-03-05,,,120
            运动会,第十届校运动会,2021/10/20,,,800
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
        school = "f" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.REGISTRAR, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/activities:import" + query;
    }

    private JsonNode list(String query) {
        return api.get("/api/v1/schools/" + school + "/activities" + query).json();
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    @Test
    void aCsvWithChineseHeadersImportsClubsAndEventsAndPublishesActivityCreated() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_ACTIVITIES.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(4);
            JsonNode closedClub = list("?kind=CLUB&to=2017-01-01").get("items").get(0);
            assertThat(closedClub.get("title").asString()).isEqualTo("书法社");
            assertThat(closedClub.get("activeUntil").asString()).isEqualTo("2020-06-30");
            assertThat(list("?kind=SPORTS_EVENT").get("items").get(0).get("participants").asInt()).isEqualTo(800);
            List<ConsumerRecord<String, byte[]>> events = ofThisSchool(topic.awaitRecords(r -> ofThisSchool(r).size() == 4,
                    Duration.ofSeconds(20)));
            assertThat(events).extracting(e -> Records.header(e, "ce_type")).containsOnly("activity.created");
        }
    }

    @Test
    void reimportingTheSameFileChangesNothingAndANewCountUpdatesTheSameActivity() {
        api.post(imports(""), "text/csv", CSV);
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_ACTIVITIES.name())) {
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();
            JsonNode recounted = api.post(imports(""), "text/csv", CSV.replace(",,,120", ",,,125")).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(4);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(recounted.get("updated").asInt()).isEqualTo(1);
            assertThat(recounted.get("created").asInt()).isZero();
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2))))
                    .extracting(e -> Records.header(e, "ce_type")).containsExactly("activity.updated");
        }
        assertThat(list("").get("total").asInt()).isEqualTo(4);
    }

    @Test
    void badRowsAreListedWithRowFieldAndMessageAndNothingIsWritten() {
        String bad = CSV + """
                社团,舞蹈社,2021-03-05,,,20
                社团,话剧社,,2021-09-01,2021-08-31,15
                文化活动,读书节,,,,-5
                聚会,迎新晚会,2021-09-10,,,300
                社团,机器人创新社,,2018/9/15,,46
                """;

        Response response = api.post(imports(""), "text/csv", bad);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString())).containsExactly(
                "6 activeFrom", "6 date", "7 activeUntil", "8 participants", "8 date", "9 kind", "10 key");
        assertThat(errors.get(4).get("message").asString()).isEqualTo("is required for CULTURE_EVENT: the day it was held");
        assertThat(list("").get("total").asInt()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReturnsTheBadOnes() {
        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", CSV + "文化活动,读书节,2021-04-23,,,-5\n").json();

        assertThat(report.get("created").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(6);
        assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("participants");
        assertThat(list("").get("total").asInt()).isEqualTo(4);
    }

    @Test
    void jsonAndNdjsonRowsFollowTheRulesOfTheApi() {
        Response json = api.post(imports(""), "application/json", """
                [{"kind":"CLUB_EVENT","title":"机器人社开放日","date":"2021-05-12","participants":60},
                 {"kind":"CULTURE_EVENT","title":"读书节","date":"2021-04-23","participants":500}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"kind":"VOLUNTEER_EVENT","title":"敬老院志愿服务","date":"2021-10-09","participants":25}
                {"kind":"VOLUNTEER_EVENT","title":"社区志愿服务","date":"2021-11-06","participants":"25"}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(2);
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(ndjson.json().get("errors").get(0).get("field").asString()).isEqualTo("participants");
        assertThat(list("?year=2021").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void anExcelWorkbookWithDateAndNumberCellsImports() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("学生活动");
            String[] header = {"类型", "名称", "日期", "开始日期", "结束日期", "参与人数"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row club = sheet.createRow(1);
            club.createCell(0).setCellValue("社团");
            club.createCell(1).setCellValue("机器人创新社");
            club.createCell(3).setCellValue(LocalDate.of(2018, 9, 15));
            club.getCell(3).setCellStyle(dateStyle);
            club.createCell(5).setCellValue(45d);
            Row event = sheet.createRow(2);
            event.createCell(0).setCellValue("体育活动");
            event.createCell(1).setCellValue("篮球联赛");
            event.createCell(2).setCellValue("2021-11-20");
            event.createCell(5).setCellValue(240d);
            workbook.write(bytes);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + imports("")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode club = list("?kind=CLUB").get("items").get(0);
        assertThat(club.get("activeFrom").asString()).isEqualTo("2018-09-15");
        assertThat(club.get("participants").asInt()).isEqualTo(45);
        assertThat(list("?kind=SPORTS_EVENT").get("items").get(0).get("date").asString()).isEqualTo("2021-11-20");
    }
}
