package org.vetreport.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.gateway.StandInService;
import org.vetreport.gateway.TestIdentity;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;

/** Each client's allowance, kept in the gateway's memory, with a limit small enough to exceed in a test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "platform.gateway.rate-limit.requests-per-second=1", "platform.gateway.rate-limit.burst=3"})
class RateLimitIT {

    /** Far more than the burst plus what refills while they are sent. */
    static final int REQUESTS = 20;

    static final StandInService studentService = StandInService.of("student-service");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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

    @Test
    void aBurstOverTheLimitIsA429ProblemWithRetryAfter() {
        List<Response> responses = burst(client(TestTokens.shared().token().subject("burst").sign()), "/api/v1/schools/jxtc/majors");

        assertThat(responses.subList(0, 3)).allMatch(response -> response.status() == 200);
        // twenty requests outrun one token a second however slow the machine: some must be refused
        Response refused = responses.stream().filter(response -> response.status() == 429).findFirst().orElseThrow();
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("requestId").asString()).isEqualTo(refused.header("X-Request-Id"));
        assertThat(refused.header("X-Trace-Id")).matches("[0-9a-f]{32}");
    }

    @Test
    void eachTokenSubjectHasItsOwnAllowance() {
        burst(client(TestTokens.shared().token().subject("busy").sign()), "/api/v1/schools/jxtc/majors");

        Response other = client(TestTokens.shared().token().subject("calm").sign()).get("/api/v1/schools/jxtc/majors");

        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void callersWithoutATokenAreLimitedByAddress() {
        List<Response> responses = burst(new ApiClient("http://localhost:" + port), "/v3/api-docs/swagger-config");

        assertThat(responses.get(0).status()).isEqualTo(200);
        assertThat(responses).anyMatch(response -> response.status() == 429);
    }

    @Test
    void healthProbesAreNeverLimited() {
        assertThat(burst(new ApiClient("http://localhost:" + port), "/actuator/health/readiness"))
                .allMatch(response -> response.status() == 200);
    }

    @Test
    void theInMemoryStoreLeavesRedisOut() {
        assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReactiveRedisConnectionFactory.class)).isEmpty();
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).filter(name -> name.toLowerCase().contains("redis")))
                .isEmpty();
    }

    private ApiClient client(String token) {
        return new ApiClient("http://localhost:" + port).withToken(token);
    }

    private static List<Response> burst(ApiClient client, String path) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            responses.add(client.get(path));
        }
        return responses;
    }
}
