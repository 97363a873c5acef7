package org.vetreport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

/** Who gets past the gateway: callers with a valid token of the platform's identity provider, on the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticationIT {

    static final StandInService studentService = StandInService.of("student-service");

    @LocalServerPort
    int port;

    @BeforeAll
    static void startStandIn() {
        studentService.start();
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

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void aValidTokenReachesTheService() {
        Response response = api().withToken(TestTokens.shared().token(Role.REGISTRAR, "jxtc"))
                .get("/api/v1/schools/jxtc/majors?valid");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("service").asString()).isEqualTo("student-service");
    }

    @Test
    void theApiWithoutATokenIsA401ProblemWithABearerChallenge() {
        Response response = api().get("/api/v1/schools/jxtc/majors?anonymous");

        assertUnauthorized(response);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.header("X-Trace-Id")).matches("[0-9a-f]{32}");
        assertThat(studentService.received()).noneMatch(request -> request.uri().endsWith("?anonymous"));
    }

    static Stream<Named<String>> tamperedTokens() {
        TestTokens tokens = TestTokens.shared();
        return Stream.of(
                Named.of("unsigned", tokens.token().roles(Role.REGISTRAR).schools("jxtc").unsigned()),
                Named.of("signed with a foreign key", tokens.token().roles(Role.REGISTRAR).schools("jxtc").signWithForeignKey()),
                Named.of("expired", tokens.token().roles(Role.REGISTRAR).schools("jxtc")
                        .expiresAt(Instant.now().minus(1, ChronoUnit.HOURS)).sign()),
                Named.of("of another issuer", tokens.token().roles(Role.REGISTRAR).schools("jxtc").issuer("https://evil.example").sign()),
                Named.of("for another audience", tokens.token().roles(Role.REGISTRAR).schools("jxtc").audience("another-app").sign()),
                Named.of("not a token at all", "not-a-jwt"));
    }

    @ParameterizedTest(name = "a token {0} is a 401 problem")
    @MethodSource("tamperedTokens")
    void aTamperedTokenIsA401Problem(String token) {
        Response response = api().withToken(token).get("/api/v1/schools/jxtc/majors?tampered");

        assertUnauthorized(response);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(studentService.received()).noneMatch(request -> request.uri().endsWith("?tampered"));
    }

    @Test
    void healthMetricsAndTheApiDocumentationAreOpen() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/info",
                "/actuator/prometheus", "/v3/api-docs/swagger-config", "/webjars/swagger-ui/index.html"}) {
            assertThat(api().get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(api().get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void otherActuatorEndpointsAreA403ProblemEvenWithAToken() {
        Response response = api().withToken(TestTokens.shared().token(Role.ADMIN, "jxtc")).get("/actuator/gateway/routes");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void theGatewayKeepsNoSession() {
        Response response = api().withToken(TestTokens.shared().token(Role.REGISTRAR, "jxtc")).get("/api/v1/schools/jxtc/majors");
        Response refused = api().get("/api/v1/schools/jxtc/majors");

        assertThat(response.header("Set-Cookie")).isNull();
        assertThat(refused.header("Set-Cookie")).isNull();
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }
}
