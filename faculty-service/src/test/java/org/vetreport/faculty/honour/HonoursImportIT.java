package org.vetreport.faculty.honour;

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
class HonoursImportIT {

    private static final String CSV = """
            工号,荣誉称号,级别,获得日期
            T1,省春蚕奖,省级,2020/9/10
            T1,市学科带头人,市级,2020/9/10
            T2,市学科带头人,市级,2020/9/10
            """;

    @LocalServerPort
    int port;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "k" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.HR, school));
        new StaffFixture(api, school).teachers("T1", "T2");
    }

    private String imports(String query) {
        return "/api/v1/schools/" + school + "/honours:import" + query;
    }

    private long total() {
        return api.get("/api/v1/schools/" + school + "/honours").json().get("total").asLong();
    }

    @Test
    void aCsvWithChineseHeadersImportsHonoursAndTheSameFileAgainChangesNothing() {
        Response first = api.post(imports(""), "text/csv", CSV);
        JsonNode again = api.post(imports(""), "text/csv", CSV).json();

        assertThat(first.json().get("created").asInt()).as(first.body()).isEqualTo(3);
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/schools/" + school + "/honours?level=PROVINCIAL").json().get("items").get(0)
                .get("key").asString()).isEqualTo("T1:省春蚕奖:2020-09-10");
    }

    @Test
    void badRowsAreListedAndValidOnlyImportsTheRestWhileADryRunWritesNothing() {
        String bad = CSV + """
                T9,市学科带头人,市级,2020-09-10
                T2,市:优秀教师,市级,2020-09-10
                T2,市优秀教师,,2020-09-10
                """;

        Response rejected = api.post(imports(""), "text/csv", bad);
        JsonNode dryRun = api.post(imports("?dryRun=true&mode=valid-only"), "text/csv", bad).json();
        assertThat(total()).isZero();
        JsonNode validOnly = api.post(imports("?mode=valid-only"), "text/csv", bad).json();

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("errors").valueStream().map(e -> e.get("row").asInt() + " " + e.get("field").asString()))
                .containsExactly("5 staffNo", "6 title", "7 level");
        assertThat(dryRun.get("rejected").asInt()).isEqualTo(3);
        assertThat(validOnly.get("created").asInt()).isEqualTo(3);
        assertThat(total()).isEqualTo(3);
    }
}
