package org.vetreport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.vetreport.gateway.GatewayApplication;
import org.vetreport.platform.access.DevelopmentIssuer;
import org.vetreport.platform.test.ApiClient;

/** The gateway trusts the local stack's development issuer only where the local profile says it is the local stack. */
class DevelopmentIssuerIT {

    private static final String[] DEVELOPMENT_ISSUER = {
            "--server.port=0",
            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + DevelopmentIssuer.ISSUER,
            "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + DevelopmentIssuer.JWK_SET_URI};

    @Test
    void refusesToStartTrustingTheDevelopmentIssuerWithoutTheLocalProfile() {
        assertThatThrownBy(() -> gateway().run(DEVELOPMENT_ISSUER).close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("local development issuer")
                .hasMessageContaining("'" + DevelopmentIssuer.PROFILE + "' profile");
    }

    @Test
    void refusesToStartWithoutAnIssuer() {
        assertThatThrownBy(() -> gateway().run("--server.port=0").close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }

    private static SpringApplicationBuilder gateway() {
        return new SpringApplicationBuilder(GatewayApplication.class);
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + DevelopmentIssuer.ISSUER,
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + DevelopmentIssuer.JWK_SET_URI})
    @ActiveProfiles(DevelopmentIssuer.PROFILE)
    class WithTheLocalProfile {

        @LocalServerPort
        int port;

        @Test
        void startsTrustingTheDevelopmentIssuer() {
            assertThat(new ApiClient("http://localhost:" + port).get("/actuator/health").status()).isEqualTo(200);
        }
    }
}
