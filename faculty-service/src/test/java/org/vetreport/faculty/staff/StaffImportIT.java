package org.vetreport.faculty.staff;

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
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class StaffImportIT {

    private static final String HEADER = "工号,姓名,性别,出生日期,编制,岗位,任教,课程类别,入职日期,离职日期,学历,学位,职称,双师型\n";
    private static final String CSV = HEADER + """
            T2010001,李老师,女,1985/4/12,在编,专任教师,工业机器人编程,专业课,2010/9/1,,本科,学士,讲师,是
            T2012002,王老师,男,1988-03-02,在编,专任教师,语文,文化课,2012-09-01,,硕士研究生,硕士,高级讲师,否
            T2019003,赵师傅,男,1979年5月6日,兼职,实习指导教师,焊接,专业课,2019年9月1日,2021年1月31日,专科,无,无,是
            A2015004,钱主任,女,1980-01-01,合同制,行政,,,2015-03-01,,本科,学士,中级,
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
        school = "g" + UUID.randomUUID().toString().substring(0, 8);
        token = TestTokens.shared().token(Role.HR, school);
        api = new ApiClient("http://localhost:" + port).withToken(token);
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/staff:import" + query;
    }

    private JsonNode staff(String staffNo) {
        return api.get("/api/v1/schools/" + school + "/staff/" + staffNo).json();
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/staff?size=1").json().get("total").asLong();
    }

    private List<ConsumerRecord<String, byte[]>> ofThisSchool(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    private static List<String> rowsAndFields(JsonNode errors) {
        return errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()).toList();
    }

    @Test
    void aCsvWithChineseHeadersImportsStaffWithTheirQualificationsWhenHiredAndPublishesStaffHired() {
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FACULTY_STAFF.name())) {
            Response response = api.post(imports(""), "text/csv", CSV);

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("created").asInt()).isEqualTo(4);
            JsonNode welder = staff("T2019003");
            assertThat(welder.get("employment").asString()).isEqualTo("PART_TIME");
            assertThat(welder.get("role").asString()).isEqualTo("WORKSHOP_INSTRUCTOR");
            assertThat(welder.get("leftOn").asString()).isEqualTo("2021-01-31");
            JsonNode initial = welder.get("qualificationHistory").get(0);
            assertThat(initial.get("effectiveOn").asString()).isEqualTo("2019-09-01");
            assertThat(initial.get("education").asString()).isEqualTo("ASSOCIATE");
            assertThat(initial.get("degree").asString()).isEqualTo("NONE");
            assertThat(initial.get("title").asString()).isEqualTo("NONE");
            assertThat(initial.get("dualQualified").asBoolean()).isTrue();
            assertThat(staff("T2012002").get("qualifications").get("title").asString()).isEqualTo("SENIOR");
            JsonNode administrator = staff("A2015004");
            assertThat(administrator.get("courseCategory").asString()).isEqualTo("NONE");
            assertThat(administrator.get("qualifications").hasNonNull("dualQualified")).isFalse();
            List<ConsumerRecord<String, byte[]>> events = ofThisSchool(topic.awaitRecords(r -> ofThisSchool(r).size() == 4,
                    Duration.ofSeconds(20)));
            assertThat(events).extracting(e -> Records.header(e, "ce_type")).containsOnly("staff.hired");
            assertThat(events).extracting(Records::value).noneMatch(value -> value.contains("李老师"));
        }
    }

    /** Rows 2 and 5 are good; the others each break a rule. */
    private static final String WITH_BAD_ROWS = HEADER + """
            T1,李老师,女,1985-04-12,在编,专任教师,数控,专业课,2010-09-01,,本科,学士,讲师,是
            T2,王老师,男,1988-03-02,在编,专任教师,语文,文化课,2012-09-01,,本科,学士,讲师,是
            T3,赵老师,男,1979-05-06,在编,专任教师,焊接,专业课,2019-09-01,2019-08-31,本科,学士,讲师,否
            T4,孙老师,女,1990-01-01,外聘,专任教师,电工,专业课,2020-09-01,,本科,学士,教授,否
            T5,周老师,女,1990-01-01,外聘,专任教师,电工,专业课,2020-09-01,,本科,学士,讲师,否
            ,吴老师,女,1990-01-01,在编,专任教师,电工,专业课,2020-09-01,,本科,学士,讲师,否
            T1,郑老师,女,1990-01-01,在编,专任教师,电工,专业课,2020-09-01,,本科,学士,讲师,否
            T8,冯老师,女,1990-01-01,在编,专任教师,电工,专业课,2020-09-01,,本科,学士,讲师,也许
            """;

    @Test
    void allOrNothingListsEveryBadRowWithFieldAndMessageAndWritesNothing() {
        Response response = api.post(imports(""), "text/csv", WITH_BAD_ROWS);

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(rowsAndFields(errors))
                .containsExactly("3 dualQualified", "4 leftOn", "5 title", "7 staffNo", "8 key", "9 dualQualified");
        assertThat(errors.get(0).get("message").asString()).contains("not CULTURAL");
        assertThat(errors.get(1).get("message").asString()).isEqualTo("must be after hiredOn (2019-09-01)");
        assertThat(errors.get(2).get("message").asString()).contains("INTERMEDIATE");
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsTheGoodRowsAndReturnsTheBadOnes() {
        JsonNode report = api.post(imports("?mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(6);
        assertThat(rowsAndFields(report.get("errors"))).hasSize(6);
        assertThat(total()).isEqualTo(2);
        assertThat(staff("T5").get("employment").asString()).isEqualTo("EXTERNAL");
    }

    @Test
    void aDryRunChecksEveryRowAndWritesNothing() {
        JsonNode good = api.post(imports("?dryRun=true"), "text/csv", CSV).json();
        JsonNode bad = api.post(imports("?dryRun=true&mode=valid-only"), "text/csv", WITH_BAD_ROWS).json();

        assertThat(good.get("dryRun").asBoolean()).isTrue();
        assertThat(good.get("written").asBoolean()).isFalse();
        assertThat(good.get("rows").asInt()).isEqualTo(4);
        assertThat(good.get("rejected").asInt()).isZero();
        assertThat(bad.get("rejected").asInt()).isEqualTo(6);
        assertThat(total()).isZero();
    }

    @Test
    void reimportingTheSameFileAfterAPromotionChangesNothingAndKeepsTheHistory() {
        api.post(imports(""), "text/csv", CSV);
        api.post("/api/v1/schools/" + school + "/staff/T2010001/qualification-changes", "application/json",
                "{\"effectiveOn\":\"2020-06-01\",\"title\":\"SENIOR\"}");
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.FACULTY_STAFF.name())) {
            JsonNode again = api.post(imports(""), "text/csv", CSV).json();

            assertThat(again.get("unchanged").asInt()).isEqualTo(4);
            assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
            assertThat(ofThisSchool(topic.drain(Duration.ofSeconds(2)))).isEmpty();
        }
        JsonNode promoted = staff("T2010001");
        assertThat(promoted.get("qualifications").get("title").asString()).isEqualTo("SENIOR");
        assertThat(promoted.get("qualificationHistory").size()).isEqualTo(2);
        assertThat(promoted.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void jsonAndNdjsonRowsMayCarryTheWholeQualificationHistory() {
        Response json = api.post(imports(""), "application/json", """
                [{"staffNo":"T1","name":"李老师","gender":"FEMALE","employment":"ESTABLISHED","role":"FULL_TIME_TEACHER",
                  "courseCategory":"PROFESSIONAL","hiredOn":"2010-09-01","qualificationHistory":[
                    {"effectiveOn":"2010-09-01","education":"BACHELOR","title":"INTERMEDIATE","dualQualified":false},
                    {"effectiveOn":"2020-06-01","title":"SENIOR","dualQualified":true}]}]""");
        Response ndjson = api.post(imports("?mode=valid-only"), "application/x-ndjson", """
                {"staffNo":"T2","name":"王","gender":"男","employment":"在编","role":"专任教师","courseCategory":"文化课","hiredOn":"2012-09-01","qualificationHistory":[{"effectiveOn":"2012-09-01","title":"JUNIOR"}]}
                {"staffNo":"T3","name":"赵","gender":"男","employment":"在编","role":"专任教师","courseCategory":"文化课","hiredOn":"2012-09-01","qualificationHistory":[{"effectiveOn":"2016-09-01","title":"JUNIOR"},{"effectiveOn":"2015-09-01","title":"INTERMEDIATE"}]}
                """);

        assertThat(json.json().get("created").asInt()).as(json.body()).isEqualTo(1);
        assertThat(staff("T1").get("qualifications").get("title").asString()).isEqualTo("SENIOR");
        assertThat(ndjson.json().get("created").asInt()).as(ndjson.body()).isEqualTo(1);
        assertThat(rowsAndFields(ndjson.json().get("errors"))).containsExactly("2 qualificationHistory[1].effectiveOn");
    }

    @Test
    void anExcelWorkbookImportsWithANumberAsTheStaffNumberAndYesOrNoInChinese() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("教职工");
            String[][] cells = {HEADER.strip().split(","),
                    {null, "李老师", "女", "1985-04-12", "在编", "专任教师", "数控", "专业课", "2010-09-01", null, "本科", "学士", "讲师", "是"},
                    {"T2", "王老师", "男", "1988-03-02", "外聘", "专任教师", "语文", "文化课", "2012-09-01", null, "本科", "学士", "讲师", "否"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] != null) {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(0).setCellValue(2010001d);
            workbook.write(bytes);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + imports("")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(staff("2010001").get("qualifications").get("dualQualified").asBoolean()).isTrue();
        assertThat(staff("T2").get("employment").asString()).isEqualTo("EXTERNAL");
        assertThat(staff("T2").get("qualifications").get("dualQualified").asBoolean()).isFalse();
    }
}
