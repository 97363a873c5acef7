package org.vetreport.student.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class StudentsImportIT {

    private static final String HEADER = "学号,姓名,性别,身份证号,专业代码,班级,学制,全日制,入学日期,预计毕业日期\n";

    @LocalServerPort
    int port;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "v" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.REGISTRAR, school));
        api.put("/api/v1/schools/" + school + "/majors/0306", "{\"name\":\"工业机器人应用与维护\",\"openedOn\":\"2015-09-01\"}");
    }

    /** A thousand students, of whom rows 101, 502 and 903 are bad: unknown major, bad ID number, dates out of order. */
    private static String thousandStudentsWithThreeBad() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 1000; i++) {
            int row = i + 1;
            String id = TestIdNumbers.of(LocalDate.of(2005, 1, 1).plusDays(i), i);
            String major = row == 101 ? "9999" : "0306";
            if (row == 502) {
                id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
            }
            String graduation = row == 903 ? "2019/6/30" : "2023/6/30";
            csv.append(String.format("S%04d,学生%d,%s,%s,%s,20机器人%d班,三年制,是,2020/9/1,%s%n",
                    i, i, i % 2 == 0 ? "女" : "男", id, major, i % 10, graduation));
        }
        return csv.toString();
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/students?size=1").json().get("total").asLong();
    }

    @Test
    void allOrNothingRejectsAThousandRowsWithThreeBadListingExactlyThose() {
        Response response = api.post("/api/v1/schools/" + school + "/students:import", "text/csv", thousandStudentsWithThreeBad());

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("101 majorCode", "502 idNumber", "903 expectedGraduationOn");
        assertThat(total()).isZero();
    }

    @Test
    void validOnlyImportsThe997GoodRows() {
        JsonNode report = api.post("/api/v1/schools/" + school + "/students:import?mode=valid-only", "text/csv",
                thousandStudentsWithThreeBad()).json();

        assertThat(report.get("created").asInt()).isEqualTo(997);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(total()).isEqualTo(997);
        JsonNode student = api.get("/api/v1/schools/" + school + "/students/S0002").json();
        assertThat(student.get("gender").asString()).isEqualTo("FEMALE");
        assertThat(student.get("programme").asString()).isEqualTo("THREE_YEAR");
        assertThat(student.get("fullTime").asBoolean()).isTrue();
        assertThat(student.get("idNumber").asString()).contains("********");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndKeepsStatusHistories() {
        String csv = HEADER + "S0001,学生1,男," + TestIdNumbers.of(LocalDate.of(2005, 1, 2), 1) + ",0306,1班,三年制,是,2020-09-01,2023-06-30\n"
                + "S0002,学生2,女," + TestIdNumbers.of(LocalDate.of(2005, 1, 3), 2) + ",0306,1班,三年制,否,2020-09-01,2023-06-30\n";
        api.post("/api/v1/schools/" + school + "/students:import", "text/csv", csv);
        api.post("/api/v1/schools/" + school + "/students/S0001/status-changes", "application/json",
                "{\"status\":\"SUSPENDED\",\"effectiveOn\":\"2021-03-01\"}");

        JsonNode again = api.post("/api/v1/schools/" + school + "/students:import", "text/csv", csv).json();

        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/schools/" + school + "/students/S0001").json().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(api.get("/api/v1/schools/" + school + "/students/S0002").json().get("fullTime").asBoolean()).isFalse();
    }

    @Test
    void jsonRowsCanCarryAStatusHistory() {
        String ndjson = "{\"studentNo\":\"G1\",\"name\":\"李华\",\"gender\":\"FEMALE\",\"birthDate\":\"2002-05-01\","
                + "\"majorCode\":\"0306\",\"programme\":\"FIVE_YEAR_JOINT\",\"enrolledOn\":\"2017-09-01\","
                + "\"expectedGraduationOn\":\"2020-06-30\",\"statusHistory\":[{\"status\":\"ENROLLED\",\"effectiveOn\":"
                + "\"2017-09-01\"},{\"status\":\"GRADUATED\",\"effectiveOn\":\"2020-06-30\"}]}\n";

        JsonNode report = api.post("/api/v1/schools/" + school + "/students:import", "application/x-ndjson", ndjson).json();

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/schools/" + school + "/students/G1").json().get("status").asString()).isEqualTo("GRADUATED");
    }
}
