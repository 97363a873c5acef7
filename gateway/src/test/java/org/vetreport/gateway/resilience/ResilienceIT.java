package org.vetreport.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.gateway.StandInService;
import org.vetreport.gateway.TestIdentity;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;

/** Two services behind the gateway; one of them goes down while the other keeps answering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "platform.gateway.circuit-breaker.minimum-calls=4", "platform.gateway.circuit-breaker.open-duration=10m",
        "platform.gateway.rate-limit.enabled=false"})
class ResilienceIT {

    /** Far longer than a refused connection takes, far shorter than the gateway's timeout. */
    static final Duration FAST = Duration.ofSeconds(5);
    static final String STUDENT_PATH = "/api/v1/schools/jxtc/majors";
    static final String REPORT_PATH = "/api/v1/schools/jxtc/indicators?year=2020";

    static final StandInService studentService = StandInService.of("student-service");
    static final StandInService reportService = StandInService.of("report-service");

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIdentity.register(registry);
        registry.add("platform.services.student-service", studentService::url);
        registry.add("platform.services.report-service", reportService::url);
    }

    @BeforeEach
    void bothServicesUpAndEveryBreakerClosed() {
        studentService.start();
        reportService.start();
        registry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterEach
    void stopServices() {
        studentService.answerAfter(Duration.ZERO);
        studentService.stop();
        reportService.stop();
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.ADMIN, "jxtc"));
    }

    @Test
    void aServiceThatGoesDownIsAFast503NamingItWhileTheOtherKeepsAnswering() {
        assertThat(api().get(REPORT_PATH).status()).isEqualTo(200);

        reportService.stop();

        // through the closed breaker (refused connections) and on through the open one
        for (int i = 0; i < 8; i++) {
            Instant start = Instant.now();
            Response down = api().get(REPORT_PATH);
            assertThat(Duration.between(start, Instant.now())).isLessThan(FAST);
            assertServiceUnavailable(down, "report-service");
            assertThat(api().get(STUDENT_PATH).status()).isEqualTo(200);
        }
    }

    @Test
    void anOpenBreakerAnswers503WithoutTryingTheService() {
        reportService.stop();
        for (int i = 0; i < 10 && breakerState("report-service") != CircuitBreaker.State.OPEN; i++) {
            api().get(REPORT_PATH);
        }
        assertThat(breakerState("report-service")).isEqualTo(CircuitBreaker.State.OPEN);

        reportService.start();
        int received = reportService.received().size();
        Response response = api().get(REPORT_PATH);

        assertServiceUnavailable(response, "report-service");
        assertThat(reportService.received()).hasSize(received);
        assertThat(breakerState("student-service")).isNotEqualTo(CircuitBreaker.State.OPEN);
        assertThat(api().get(STUDENT_PATH).status()).isEqualTo(200);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theWarningAboutAnUnavailableServiceCarriesTheTraceIdTheCallerGot(CapturedOutput output) {
        reportService.stop();

        Response down = api().get(REPORT_PATH);

        assertServiceUnavailable(down, "report-service");
        assertThat(output.getOut().lines().filter(line -> line.contains("report-service is unavailable")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(down.header("X-Trace-Id")));
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsNotCut() {
        // longer than Resilience4j's default time limit of one second, well within the gateway's 60 s
        studentService.answerAfter(Duration.ofSeconds(2));

        assertThat(api().get(STUDENT_PATH).status()).isEqualTo(200);
    }

    private static void assertServiceUnavailable(Response response, String service) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(service);
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    private CircuitBreaker.State breakerState(String service) {
        return registry().find(service).map(CircuitBreaker::getState).orElse(CircuitBreaker.State.CLOSED);
    }

    private CircuitBreakerRegistry registry() {
        return circuitBreakers.getCircuitBreakerRegistry();
    }
}
