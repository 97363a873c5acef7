package org.vetreport.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.gateway.TestIdentity;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;

/**
 * A service that dies while it handles a request (it read the request, then its connection closed without an
 * answer) gets the caller a 502 naming it and saying the write may have happened, not a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClosedConnectionIT {

    static ServerSocket dyingService;
    static Thread acceptor;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startDyingService() throws IOException {
        dyingService = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!dyingService.isClosed()) {
                try (Socket connection = dyingService.accept()) {
                    readRequestHead(connection.getInputStream());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "dying-service");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int read;
        while (matched < end.length && (read = in.read()) != -1) {
            matched = read == end[matched] ? matched + 1 : (read == '\r' ? 1 : 0);
        }
    }

    @AfterAll
    static void stopDyingService() throws IOException {
        dyingService.close();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIdentity.register(registry);
        registry.add("platform.services.student-service", () -> "http://localhost:" + dyingService.getLocalPort());
    }

    @Test
    void aServiceClosingTheConnectionBeforeAnsweringIsA502ProblemNamingIt() {
        Response response = new ApiClient("http://localhost:" + port)
                .withToken(TestTokens.shared().token(Role.REGISTRAR, "jxtc"))
                .put("/api/v1/schools/jxtc/majors/0101", "{\"name\":\"机电\",\"openedOn\":\"2015-09-01\"}");

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("student-service").contains("may");
    }
}
