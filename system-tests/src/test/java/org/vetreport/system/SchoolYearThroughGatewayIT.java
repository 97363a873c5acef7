package org.vetreport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * A school year as its users make it: the four departments write through the gateway, the report service
 * replicates their events, and a dashboard reads the figures, a series, a breakdown, the roll-up of the school's
 * city and the checks that stand before publishing.
 */
class SchoolYearThroughGatewayIT {

    private static final Duration REPLICATED = Duration.ofSeconds(60);

    PlatformStack stack;
    String school;
    String neighbour;
    String city;

    @BeforeEach
    void setUp() {
        stack = PlatformStack.get();
        school = "y" + UUID.randomUUID().toString().substring(0, 8);
        neighbour = "z" + UUID.randomUUID().toString().substring(0, 8);
        city = "36" + ThreadLocalRandom.current().nextInt(10, 100) + "00";
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private void profile(String code) {
        expect(stack.gateway(Role.REPORT_EDITOR, code).put("/api/v1/schools/" + code,
                "{\"name\":\"学校" + code + "\",\"provinceCode\":\"360000\",\"cityCode\":\"" + city + "\"}"), 201);
    }

    private static String student(String gender, String major, String enrolledOn, String expectedGraduation) {
        return "{\"name\":\"学生\",\"gender\":\"" + gender + "\",\"birthDate\":\"2004-03-08\",\"majorCode\":\"" + major
                + "\",\"className\":\"1班\",\"programme\":\"THREE_YEAR\",\"enrolledOn\":\"" + enrolledOn
                + "\",\"expectedGraduationOn\":\"" + expectedGraduation + "\"}";
    }

    private void writeTheYear() {
        String base = "/api/v1/schools/" + school;
        ApiClient registrar = stack.gateway(Role.REGISTRAR, school);
        expect(registrar.put(base + "/majors/0306", "{\"name\":\"工业机器人应用与维护\",\"openedOn\":\"2015-09-01\"}"), 201);
        expect(registrar.put(base + "/majors/0701", "{\"name\":\"电子商务\",\"openedOn\":\"2015-09-01\"}"), 201);
        expect(registrar.put(base + "/students/S1", student("MALE", "0306", "2019-09-01", "2022-06-30")), 201);
        expect(registrar.put(base + "/students/S2", student("FEMALE", "0701", "2019-09-01", "2022-06-30")), 201);
        expect(registrar.put(base + "/students/S3", student("MALE", "0306", "2020-09-01", "2023-06-30")), 201);
        expect(registrar.put(base + "/students/G1", student("MALE", "0306", "2017-09-01", "2020-06-30")), 201);
        expect(registrar.post(base + "/students/G1/status-changes", "application/json",
                "{\"status\":\"GRADUATED\",\"effectiveOn\":\"2020-07-01\"}"), 200);
        expect(registrar.put(base + "/destinations/G1", "{\"graduationYear\":2020,\"destination\":\"EMPLOYED\","
                + "\"relevantToMajor\":true,\"local\":true,\"firstMonthlySalary\":4200.50,\"employer\":\"九江某装备公司\"}"), 201);

        expect(stack.gateway(Role.HR, school).put(base + "/staff/T1", """
                {"name":"李老师","gender":"女","birthDate":"1985-04-12","employment":"在编","role":"专任教师",\
                "teaches":"工业机器人编程","courseCategory":"专业课","hiredOn":"2010-09-01",\
                "education":"本科","degree":"学士","title":"讲师","dualQualified":true}"""), 201);
        expect(stack.gateway(Role.FINANCE, school).put(base + "/income/2020-03-0012",
                "{\"postedOn\":\"2020-03-15\",\"category\":\"FISCAL_SUBSIDY\",\"nature\":\"BASIC\",\"description\":\"生均拨款\",\"amount\":628450.00}"), 201);
        ApiClient training = stack.gateway(Role.TRAINING, school);
        expect(training.put(base + "/training-rooms/SX-101", "{\"name\":\"工业机器人实训室\",\"majorCodes\":[\"0306\"],"
                + "\"area\":320.5,\"workstations\":40,\"openedOn\":\"2019-09-01\"}"), 201);
        // an internship of a student number the registrar never sent: the checks must name it
        expect(training.put(base + "/internships/X9:2020-11-01",
                "{\"host\":\"九江某物流公司\",\"kind\":\"PLACEMENT\",\"relevantToMajor\":true,\"insured\":true}"), 201);

        ApiClient neighbourRegistrar = stack.gateway(Role.REGISTRAR, neighbour);
        expect(neighbourRegistrar.put("/api/v1/schools/" + neighbour + "/majors/0701",
                "{\"name\":\"电子商务\",\"openedOn\":\"2015-09-01\"}"), 201);
        expect(neighbourRegistrar.put("/api/v1/schools/" + neighbour + "/students/N1",
                student("FEMALE", "0701", "2020-09-01", "2023-06-30")), 201);
    }

    private JsonNode indicators(String code, String query) {
        Response response = stack.gateway(Role.VIEWER, code).get("/api/v1/schools/" + code + "/indicators?" + query);
        expect(response, 200);
        return response.json();
    }

    private static JsonNode value(JsonNode answer, String id) {
        return answer.get("indicators").valueStream().filter(v -> v.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void departmentsWriteTheYearAndTheDashboardReadsItsFiguresSeriesBreakdownRollUpAndChecks() {
        profile(school);
        profile(neighbour);
        writeTheYear();

        String ids = "ids=students.enrolled,students.graduates,employment.rate,faculty.fullTimeTeachers,"
                + "facilities.workstations,majors.count";
        await().atMost(REPLICATED).until(() -> {
            JsonNode answer = indicators(school, "year=2020&" + ids);
            return value(answer, "students.enrolled").get("value").asLong() == 3
                    && value(answer, "students.graduates").get("value").asLong() == 1
                    && value(answer, "employment.rate").get("value") != null
                    && !value(answer, "employment.rate").get("value").isNull()
                    && value(answer, "faculty.fullTimeTeachers").get("value").asLong() == 1
                    && value(answer, "facilities.workstations").get("value").asLong() == 40;
        });
        JsonNode year = indicators(school, "year=2020&" + ids);
        assertThat(value(year, "employment.rate").get("value").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(value(year, "majors.count").get("value").asLong()).isEqualTo(2);
        assertThat(value(year, "students.enrolled").get("previous").asLong()).isEqualTo(3);

        JsonNode series = stack.gateway(Role.VIEWER, school)
                .get("/api/v1/schools/" + school + "/indicators/students.enrolled/series?from=2018&to=2020").json();
        assertThat(series.get("years").valueStream().map(JsonNode::asInt)).containsExactly(2018, 2019, 2020);
        // G1 until its graduation in July 2020; S1 and S2 from September 2019; S3 from September 2020
        assertThat(series.get("values").valueStream().map(JsonNode::asLong)).containsExactly(1L, 3L, 3L);

        JsonNode byMajor = indicators(school, "year=2020&by=major&ids=students.enrolled");
        assertThat(byMajor.get("groups").valueStream().map(JsonNode::asString)).containsExactly("0306", "0701");
        assertThat(byMajor.get("labels").valueStream().map(JsonNode::asString)).containsExactly("工业机器人应用与维护", "电子商务");
        assertThat(byMajor.get("indicators").get(0).get("values").valueStream().map(JsonNode::asLong)).containsExactly(2L, 1L);

        ApiClient cityViewer = stack.gateway().withToken(TestTokens.shared().token().roles(Role.VIEWER).regions(city).sign());
        await().atMost(REPLICATED).until(() -> value(cityViewer.get("/api/v1/regions/" + city
                + "/indicators?year=2020&ids=students.enrolled").json(), "students.enrolled").get("value").asLong() == 4);
        JsonNode region = cityViewer.get("/api/v1/regions/" + city + "/indicators?year=2020&ids=students.enrolled,students.genderRatio").json();
        assertThat(region.get("schools").valueStream().map(s -> s.get("code").asString())).containsExactlyInAnyOrder(school, neighbour);
        // 2 boys and 2 girls in the city: 1.00, although the schools alone are 2.00 and 0.00
        assertThat(value(region, "students.genderRatio").get("value").decimalValue()).isEqualByComparingTo("1.00");

        await().atMost(REPLICATED).until(() -> unknownStudentFindings(checks()) > 0);
        JsonNode checks = checks();
        JsonNode orphan = checks.get("findings").valueStream().filter(f -> f.get("rule").asString().equals("unknown-student"))
                .findFirst().orElseThrow();
        assertThat(orphan.get("severity").asString()).isEqualTo("ERROR");
        assertThat(orphan.get("records").valueStream().map(r -> r.get("key").asString())).anyMatch(key -> key.contains("X9"));
        assertThat(checks.get("status").asString()).isEqualTo("DRAFT");
        Response validate = stack.gateway(Role.REPORT_EDITOR, school).post("/api/v1/schools/" + school + "/years/2020:validate",
                "application/json", "{}");
        expect(validate, 409);
        assertThat(validate.header("Content-Type")).startsWith("application/problem+json");
    }

    private JsonNode checks() {
        Response response = stack.gateway(Role.REPORT_EDITOR, school).get("/api/v1/schools/" + school + "/checks?year=2020");
        expect(response, 200);
        return response.json();
    }

    private static long unknownStudentFindings(JsonNode checks) {
        return checks.get("findings").valueStream().filter(f -> f.get("rule").asString().equals("unknown-student")).count();
    }
}
