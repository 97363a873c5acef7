package org.vetreport.faculty.research;

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
class ResearchOutputsImportIT {

    private static final String CSV = """
            成果类型,题目,级别,日期,工号
            论文,工业机器人一体化课程开发研究,省级,2020/11/15,T1、T2
            课题,中职选择性课改实践研究,市级,2020年3月1日,"T2,T3"
            教学业务比赛获奖,信息化教学设计,国家级,2020-10-20,T3
            """;

    @LocalServerPort
    int port;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "m" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        new StaffFixture(api, school).teachers("T1", "T2", "T3");
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/research-outputs:import" + query;
    }

    private JsonNode list(String query) {
        return api.get("/api/v1/schools/" + school + "/research-outputs" + query).json();
    }

    @Test
    void aCsvWithChineseHeadersImportsOutputsWithSeveralAuthorsInOneCell() {
        Response response = api.post(imports(""), "text/csv", CSV);

        assertThat(response.json().get("created").asInt()).as(response.body()).isEqualTo(3);
        assertThat(list("?type=PROJECT").get("items").get(0).get("staffNos").valueStream().map(JsonNode::asString))
                .containsExactly("T2", "T3");
        assertThat(list("?staffNo=T3").get("total").asInt()).isEqualTo(2);
        assertThat(list("?type=TEACHING_CONTEST_AWARD").get("items").get(0).get("level").asString()).isEqualTo("NATIONAL");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndReorderedAuthorsUpdateTheSameOutput() {
        api.post(imports(""), "text/csv", CSV);

        JsonNode again = api.post(imports(""), "text/csv", CSV).json();
        JsonNode reordered = api.post(imports(""), "text/csv", CSV.replace("T1、T2", "T2;T1")).json();

        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(reordered.get("updated").asInt()).isEqualTo(1);
        assertThat(reordered.get("created").asInt()).isZero();
        assertThat(list("").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void badRowsAreListedValidOnlyImportsTheRestAndADryRunWritesNothing() {
        String bad = CSV + """
                论文,另一篇,省级,2020-11-15,T1、T9
                小说,另一篇,省级,2020-11-15,T1
                论文,另一篇,省级,,T1
                论文,另一篇,省级,2020-11-15,T1、T1
                """;

        Response rejected = api.post(imports(""), "text/csv", bad);
        JsonNode dryRun = api.post(imports("?mode=valid-only&dryRun=true"), "text/csv", bad).json();
        assertThat(list("").get("total").asInt()).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", bad).json();

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("5 staffNos[1]", "6 type", "7 date", "8 staffNos[1]");
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(4);
        assertThat(validOnly.get("created").asInt()).isEqualTo(3);
        assertThat(list("").get("total").asInt()).isEqualTo(3);
    }
}
