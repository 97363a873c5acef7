package org.vetreport.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.gateway.StandInService;
import org.vetreport.gateway.TestIdentity;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;

/**
 * A service slower than {@code platform.gateway.timeout} gets the caller a 504 naming it, except for a bulk
 * import, which is allowed {@code platform.gateway.import-timeout}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"platform.gateway.timeout=1s", "platform.gateway.import-timeout=30s"})
class TimeoutIT {

    static final StandInService studentService = StandInService.of("student-service");

    @LocalServerPort
    int port;

    @BeforeAll
    static void startSlowStandIn() {
        studentService.start().answerAfter(Duration.ofSeconds(3));
    }

    @AfterAll
    static void stopStandIn() {
        studentService.stop();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIdentity.register(registry);
        registry.add("platform.services.student-service", studentService::url);
    }

    @Test
    void aServiceSlowerThanTheTimeoutIsA504ProblemNamingIt() {
        Response response = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token(Role.REGISTRAR, "jxtc")).get("/api/v1/schools/jxtc/majors");

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("student-service");
    }

    @Test
    void aBulkImportMayTakeLongerThanOrdinaryRequests() {
        Response response = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token(Role.REGISTRAR, "jxtc"))
                .post("/api/v1/schools/jxtc/students:import", "text/csv", "studentNo\n1\n");

        assertThat(response.status()).isEqualTo(200);
    }
}
