package org.vetreport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.platform.test.ApiClient;

/**
 * A browser loading the Swagger UI, or a department system importing, sends request after request on one
 * keep-alive connection. Reactor Netty 1.3.6 stopped reading such a connection now and then (see the gateway's
 * pom); this walks enough requests over one connection to catch that again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.gateway.rate-limit.enabled=false")
class KeepAliveIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIdentity.register(registry);
    }

    @Test
    void answersEveryRequestOnAKeepAliveConnection() {
        ApiClient api = new ApiClient("http://localhost:" + port);
        String[] paths = {"/actuator/health", "/actuator/prometheus", "/v3/api-docs/swagger-config",
                "/webjars/swagger-ui/index.html", "/swagger-ui.html", "/api/v1/schools/jxtc/majors"};
        for (int round = 0; round < 100; round++) {
            for (String path : paths) {
                assertThat(api.get(path).status()).as("round %d, %s", round, path).isIn(200, 302, 401);
            }
        }
    }
}
