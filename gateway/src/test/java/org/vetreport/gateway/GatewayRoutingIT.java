package org.vetreport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;

/** The gateway in front of a stand-in for the student service, and of a report service that is not running. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    static HttpServer studentService;
    static final List<String> receivedRequestIds = new CopyOnWriteArrayList<>();
    static int stoppedServicePort;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startStandIn() throws IOException {
        studentService = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        studentService.createContext("/", exchange -> {
            receivedRequestIds.add(exchange.getRequestHeaders().getFirst("X-Request-Id"));
            byte[] body = ("{\"path\":\"" + exchange.getRequestURI() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        studentService.start();
        try (ServerSocket socket = new ServerSocket(0)) {
            stoppedServicePort = socket.getLocalPort();
        }
    }

    @AfterAll
    static void stopStandIn() {
        studentService.stop(0);
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("platform.services.student-service", () -> "http://localhost:" + studentService.getAddress().getPort());
        registry.add("platform.services.report-service", () -> "http://localhost:" + stoppedServicePort);
    }

    private ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void routesAResourceToTheServiceThatOwnsItWithARequestId() {
        Response response = api().get("/api/v1/schools/jxtc/majors/660301?x=1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("path").asString()).isEqualTo("/api/v1/schools/jxtc/majors/660301?x=1");
        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(receivedRequestIds).contains(response.header("X-Request-Id"));
    }

    @Test
    void keepsTheCallersRequestId() {
        Response response = api().get("/api/v1/schools/jxtc/majors", "X-Request-Id", "dept-system-42");

        assertThat(response.header("X-Request-Id")).isEqualTo("dept-system-42");
        assertThat(receivedRequestIds).contains("dept-system-42");
    }

    @Test
    void aPathNoServiceServesIsA404Problem() {
        Response response = api().get("/api/v1/schools/jxtc/unknown-things");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("/api/v1/schools/jxtc/unknown-things");
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNamingIt() {
        Response response = api().get("/api/v1/schools/jxtc/indicators?year=2020");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("report-service");
        assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void healthIsUpAndTheSwaggerUiListsEveryService() {
        assertThat(api().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");

        Response config = api().get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("urls").valueStream().map(u -> u.get("name").asString()))
                .containsExactlyInAnyOrder("student-service", "report-service", "faculty-service",
                        "finance-service", "training-service");
        assertThat(api().get("/v3/api-docs/student-service").json().get("path").asString()).isEqualTo("/v3/api-docs");
    }
}
