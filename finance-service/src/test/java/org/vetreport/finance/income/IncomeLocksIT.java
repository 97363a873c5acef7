package org.vetreport.finance.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.finance.ImportFiles;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.ReportingYear.Status;
import org.vetreport.platform.kit.lock.LockedPeriods;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.ReportYears;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

@PlatformIntegrationTest
class IncomeLocksIT {

    private static final String HEADER = "凭证号,记账日期,收入类别,经费性质,金额,摘要,冲销凭证\n";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    LockedPeriods locks;

    ApiClient api;
    String school;

    @BeforeEach
    void setUp() {
        school = "l" + UUID.randomUUID().toString().substring(0, 8);
        api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.FINANCE, school));
    }

    private void publish(Status status) {
        ReportYears.publish(infrastructure.kafkaBootstrapServers(),
                new ReportingYear(school, 2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), status));
        await().atMost(Duration.ofSeconds(30)).until(() -> locks.anyLocked(school) == (status == Status.LOCKED));
    }

    private Response post(String voucherNo, String postedOn) {
        return api.put("/api/v1/schools/" + school + "/income/" + voucherNo, "{\"postedOn\":\"" + postedOn
                + "\",\"category\":\"FISCAL_SUBSIDY\",\"nature\":\"BASIC\",\"amount\":100.00,\"description\":\"拨款\"}");
    }

    @Test
    void aVoucherDatedInALockedYearIsRefusedUntilTheYearIsDraftAgainWhileOneDatedAfterItIsPosted() {
        publish(Status.LOCKED);

        Response refused = post("2024-03-0001", "2024-03-01");
        Response outside = post("2025-01-0001", "2025-01-10");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:vetreport:problem:report-year-locked");
        assertThat(problem.get("title").asString()).isEqualTo("Report year locked");
        assertThat(problem.get("detail").asString()).contains("report year 2024", school, "2024-01-01 to 2024-12-31",
                "postedOn 2024-03-01");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("postedOn");
        assertThat(api.get("/api/v1/schools/" + school + "/income/2024-03-0001").status()).isEqualTo(404);
        assertThat(outside.status()).as(outside.body()).isEqualTo(201);

        publish(Status.DRAFT);

        assertThat(post("2024-03-0001", "2024-03-01").status()).isEqualTo(201);
    }

    @Test
    void anImportWithARowInALockedYearIsRejectedWholeOrWithoutThatRowInValidOnlyMode() {
        publish(Status.LOCKED);
        String csv = HEADER + """
                2025-01-0001,2025-01-15,财政补助,基本,100.00,一月拨款,
                2024-12-0001,2024-12-31,财政补助,基本,100.00,补录去年拨款,
                2025-02-0001,2025-02-15,财政补助,基本,100.00,二月拨款,
                """;
        String imports = "/api/v1/schools/" + school + "/income:import";

        Response rejected = api.post(imports, "text/csv", csv);

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(ImportFiles.rowsAndFields(rejected.json())).containsExactly("3 postedOn");
        assertThat(rejected.json().get("errors").get(0).get("message").asString())
                .contains("locked report year 2024");
        assertThat(api.get("/api/v1/schools/" + school + "/income").json().get("total").asLong()).isZero();

        JsonNode report = api.post(imports + "?mode=valid-only", "text/csv", csv).json();

        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(ImportFiles.rowsAndFields(report)).containsExactly("3 postedOn");
        assertThat(api.get("/api/v1/schools/" + school + "/income/2024-12-0001").status()).isEqualTo(404);
    }
}
