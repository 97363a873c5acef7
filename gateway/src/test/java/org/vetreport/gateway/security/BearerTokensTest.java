package org.vetreport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

class BearerTokensTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZWdpc3RyYXIifQ.c2lnbmF0dXJl-_";

    /** Well-formed, malformed and other schemes' Authorization headers, and none. */
    private static final List<String> HEADERS = List.of(
            "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer abc==", "Bearer a+b/c~d.e_f-g", "Bearer x",
            "Bearer", "Bearer ", "Bearer  " + JWT, "Bearer " + JWT + " ", "Bearer =abc", "Bearer abc=d", "Bearer ab c",
            "Bearer abc\u00e9", "Bearer\t" + JWT, "Bearerx" + JWT, "Basic dXNlcjpwYXNz", "Token " + JWT, "", " Bearer " + JWT);

    @Test
    void readsEveryHeaderAsSpringSecuritysConverterDoes() {
        ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
        ServerAuthenticationConverter ours = new BearerTokens();
        for (String header : HEADERS) {
            assertThat(outcome(ours, header)).as(header).isEqualTo(outcome(spring, header));
        }
        assertThat(outcome(ours, null)).isEqualTo(outcome(spring, null)).isEqualTo("no token");
    }

    @Test
    void aWellFormedTokenIsReadAndAMalformedOneIsRefusedAsInvalid() {
        assertThat(BearerTokens.token("Bearer " + JWT)).isEqualTo(JWT);
        assertThat(BearerTokens.token("Basic dXNlcjpwYXNz")).isNull();
        assertThatThrownBy(() -> BearerTokens.token("Bearer ab c")).isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(failure -> assertThat(((OAuth2AuthenticationException) failure).getError().getErrorCode())
                        .isEqualTo("invalid_token"));
    }

    private static String outcome(ServerAuthenticationConverter converter, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/schools");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        try {
            Authentication authentication = converter.convert(MockServerWebExchange.from(request)).block();
            return authentication == null ? "no token"
                    : "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
        } catch (OAuth2AuthenticationException failure) {
            return "refused: " + failure.getError().getErrorCode() + " " + failure.getError().getDescription();
        }
    }
}
