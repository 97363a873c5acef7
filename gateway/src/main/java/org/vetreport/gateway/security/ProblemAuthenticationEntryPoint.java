package org.vetreport.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import org.vetreport.gateway.Problems;
import reactor.core.publisher.Mono;

/** 401 as problem+json, with the {@code WWW-Authenticate} challenge RFC 6750 asks for. */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final BearerTokenServerAuthenticationEntryPoint bearer = new BearerTokenServerAuthenticationEntryPoint();
    private final Problems problems;

    ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        // Spring's bearer entry point computes status and challenge but completes the response; keep it open for the body
        ServerHttpResponseDecorator challengeOnly = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                return Mono.empty();
            }
        };
        return bearer.commence(exchange.mutate().response(challengeOnly).build(), failure)
                .then(Mono.defer(() -> problems.write(exchange, status(exchange), detail(failure))));
    }

    private static HttpStatusCode status(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status == null ? HttpStatus.UNAUTHORIZED : status;
    }

    private static String detail(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException invalid) {
            String description = invalid.getError().getDescription();
            return "the bearer token is not valid" + (description == null ? "" : ": " + description);
        }
        return "this API needs a bearer token from the platform's identity provider";
    }
}
