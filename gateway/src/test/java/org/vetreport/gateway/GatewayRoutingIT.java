package org.vetreport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.platform.access.AccessPolicy;
import org.vetreport.platform.access.ResourceFamily;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;

/** The gateway in front of stand-ins for every service, called with valid tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.gateway.max-request-size=1KB")
class GatewayRoutingIT {

    static final Map<String, StandInService> services = new LinkedHashMap<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void startStandIns() {
        for (String name : List.of("student-service", "faculty-service", "finance-service", "training-service", "report-service")) {
            services.put(name, StandInService.of(name).start());
        }
    }

    @AfterAll
    static void stopStandIns() {
        services.values().forEach(StandInService::stop);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIdentity.register(registry);
        services.forEach((name, service) -> registry.add("platform.services." + name, service::url));
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.ADMIN, "jxtc"));
    }

    @Test
    void everyPathOfEveryResourceFamilyReachesTheServiceThatOwnsIt() {
        for (ResourceFamily family : AccessPolicy.PLATFORM.families()) {
            for (String pattern : family.pathPatterns()) {
                String path = pattern.replace("/**", "/660301/items").replace(":*", ":import").replace("*", "jxtc");

                Response response = api().get(path);

                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(response.json().get("service").asString()).as(path).isEqualTo(family.service());
            }
        }
    }

    @Test
    void routesAResourceToTheServiceThatOwnsItWithARequestId() {
        Response response = api().get("/api/v1/schools/jxtc/majors/660301?x=1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("path").asString()).isEqualTo("/api/v1/schools/jxtc/majors/660301?x=1");
        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(received("student-service", "/api/v1/schools/jxtc/majors/660301?x=1").headers().getFirst("X-Request-Id"))
                .isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void keepsTheCallersRequestId() {
        Response response = api().get("/api/v1/schools/jxtc/majors?keep", "X-Request-Id", "dept-system-42");

        assertThat(response.header("X-Request-Id")).isEqualTo("dept-system-42");
        assertThat(received("student-service", "/api/v1/schools/jxtc/majors?keep").headers().getFirst("X-Request-Id"))
                .isEqualTo("dept-system-42");
    }

    @Test
    void passesTheBearerTokenOnToTheServiceThatChecksItAgain() {
        String token = TestTokens.shared().token(Role.REGISTRAR, "jxtc");

        new ApiClient("http://localhost:" + port).withToken(token).get("/api/v1/schools/jxtc/majors?token");

        assertThat(received("student-service", "/api/v1/schools/jxtc/majors?token").headers().getFirst("Authorization"))
                .isEqualTo("Bearer " + token);
    }

    @Test
    void sendsTheTraceOnToTheServiceAndAnswersWithItsTraceId() {
        Response response = api().get("/api/v1/schools/jxtc/majors?trace");

        String traceparent = received("student-service", "/api/v1/schools/jxtc/majors?trace").headers().getFirst("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(response.header("X-Trace-Id")).isEqualTo(traceparent.split("-")[1]);
    }

    @Test
    void continuesTheCallersTrace() {
        String callersTrace = "4bf92f3577b34da6a3ce929d0e0e4736";

        Response response = api().get("/api/v1/schools/jxtc/majors?continued",
                "traceparent", "00-" + callersTrace + "-00f067aa0ba902b7-01");

        assertThat(response.header("X-Trace-Id")).isEqualTo(callersTrace);
        String traceparent = received("student-service", "/api/v1/schools/jxtc/majors?continued").headers().getFirst("traceparent");
        assertThat(traceparent).startsWith("00-" + callersTrace + "-");
        // the service's parent is the gateway's span, not the caller's
        assertThat(traceparent).doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void tellsTheServiceWhereItWasCalledInXForwardedHeadersAndNeverPassesOnAForwardedHeader() {
        api().get("/api/v1/schools/jxtc/majors?forwarded", "Forwarded", "host=elsewhere.example;proto=https");

        StandInService.Request request = received("student-service", "/api/v1/schools/jxtc/majors?forwarded");
        assertThat(request.headers().getFirst("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(request.headers().getFirst("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(request.headers().containsKey("Forwarded")).isFalse();
    }

    @Test
    void aPathNoServiceServesIsA404ProblemWithRequestAndTraceIds() {
        Response response = api().get("/api/v1/schools/jxtc/unknown-things");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("/api/v1/schools/jxtc/unknown-things");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.header("X-Trace-Id")).matches("[0-9a-f]{32}");
    }

    @Test
    void aBodyLargerThanTheLimitIs413WithoutReachingTheService() {
        String small = "{\"name\":\"" + "x".repeat(500) + "\"}";
        String large = "{\"name\":\"" + "x".repeat(2000) + "\"}";

        Response accepted = api().put("/api/v1/schools/jxtc/majors/small", small);
        Response refused = api().put("/api/v1/schools/jxtc/majors/large", large);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("requestId").asString()).isEqualTo(refused.header("X-Request-Id"));
        assertThat(services.get("student-service").received())
                .noneMatch(request -> request.uri().equals("/api/v1/schools/jxtc/majors/large"));
    }

    @Test
    void healthIsUpAndTheSwaggerUiListsEveryService() {
        ApiClient anonymous = new ApiClient("http://localhost:" + port);
        assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");

        Response config = anonymous.get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("urls").valueStream().map(u -> u.get("name").asString()))
                .containsExactlyInAnyOrder("student-service", "report-service", "faculty-service",
                        "finance-service", "training-service");
    }

    @Test
    void theSwaggerUiIsOpenAndKeepsTheServicesBearerSchemeForItsAuthorizeButton() {
        ApiClient anonymous = new ApiClient("http://localhost:" + port);

        Response entry = anonymous.get("/swagger-ui.html");
        assertThat(entry.status()).isEqualTo(302);
        assertThat(anonymous.get(entry.header("Location")).status()).isEqualTo(200);
        Response document = anonymous.get("/v3/api-docs/student-service");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.json().get("security").get(0).has("bearer")).isTrue();
    }

    private static StandInService.Request received(String service, String uri) {
        return services.get(service).received().stream().filter(request -> request.uri().equals(uri)).findFirst()
                .orElseThrow(() -> new AssertionError(service + " received no request for " + uri));
    }
}
