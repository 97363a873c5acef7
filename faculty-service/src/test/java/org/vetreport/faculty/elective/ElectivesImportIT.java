package org.vetreport.faculty.elective;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.faculty.StaffFixture;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class ElectivesImportIT {

    private static final String CSV = """
            课程代码,课程名称,学年,学期,任课教师,选课人数,线上
            XX2001,3D打印创意设计,2020,1,T1、T2,42,否
            XX2002,茶艺与礼仪,2020,1,T2,35,是
            XX2001,3D打印创意设计,2019,2,T1,40,否
            """;

    @LocalServerPort
    int port;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "o" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        new StaffFixture(api, school).teachers("T1", "T2");
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/electives:import" + query;
    }

    private JsonNode list(String query) {
        return api.get("/api/v1/schools/" + school + "/electives" + query).json();
    }

    @Test
    void aCsvWithChineseHeadersImportsElectivesAndTheSameFileAgainChangesNothing() {
        Response first = api.post(imports(""), "text/csv", CSV);
        JsonNode again = api.post(imports(""), "text/csv", CSV).json();

        assertThat(first.json().get("created").asInt()).as(first.body()).isEqualTo(3);
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        JsonNode tea = list("?code=XX2002").get("items").get(0);
        assertThat(tea.get("key").asString()).isEqualTo("XX2002:2020:1");
        assertThat(tea.get("online").asBoolean()).isTrue();
        assertThat(list("?teacherStaffNo=T1").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void badRowsAreListedValidOnlyImportsTheRestAndADryRunWritesNothing() {
        String bad = CSV + """
                XX2003,书法,2020,1,T9,20,否
                XX2004,书法,2020,1,T1,-3,否
                XX2005,书法,2020-2021,1,T1,20,否
                XX2001,3D打印创意设计,2020,1,T1,42,否
                """;

        Response rejected = api.post(imports(""), "text/csv", bad);
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", bad).json();
        assertThat(list("").get("total").asInt()).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", bad).json();

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("5 teacherStaffNos[0]", "6 enrolledStudents", "7 year", "8 key");
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(4);
        assertThat(validOnly.get("created").asInt()).isEqualTo(3);
        assertThat(list("").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void ndjsonRowsGiveTheTeachersAsArrays() {
        Response response = api.post(imports(""), "application/x-ndjson", """
                {"code":"XX3001","title":"摄影","year":2020,"term":2,"teacherStaffNos":["T1"],"enrolledStudents":30,"online":true}
                """);

        assertThat(response.json().get("created").asInt()).as(response.body()).isEqualTo(1);
        assertThat(list("?year=2020&term=2").get("items").get(0).get("title").asString()).isEqualTo("摄影");
    }
}
