package org.vetreport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vetreport.gateway.TestIdentity;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;

/** Browsers on the configured origins may call the API; pages elsewhere may not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.gateway.cors.allowed-origins=https://dashboard.example.edu")
class CorsIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIdentity.register(registry);
    }

    private Response preflight(String origin) {
        return new ApiClient("http://localhost:" + port).send("OPTIONS", "/api/v1/schools/jxtc/majors/660301", null, null,
                "Origin", origin,
                "Access-Control-Request-Method", "PUT",
                "Access-Control-Request-Headers", "authorization,content-type,if-match");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAllowed() {
        Response response = preflight("https://dashboard.example.edu");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://dashboard.example.edu");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("PUT");
        assertThat(response.header("Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization", "content-type", "if-match");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        Response response = preflight("https://elsewhere.example.com");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aCrossOriginAnswerExposesTheHeadersClientsNeed() {
        Response response = new ApiClient("http://localhost:" + port).get("/actuator/health",
                "Origin", "https://dashboard.example.edu");

        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://dashboard.example.edu");
        assertThat(response.header("Access-Control-Expose-Headers"))
                .contains("ETag", "Location", "X-Request-Id", "X-Trace-Id", "Retry-After");
    }
}
