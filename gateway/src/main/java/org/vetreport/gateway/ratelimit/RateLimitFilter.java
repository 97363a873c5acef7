package org.vetreport.gateway.ratelimit;

import java.net.InetSocketAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.vetreport.gateway.Problems;
import reactor.core.publisher.Mono;

/**
 * Limits each client: an authenticated caller by its token's subject (wherever it calls from), anyone else by
 * address. Sits in the security filter chain after authentication; health probes and metrics are never limited.
 */
public final class RateLimitFilter implements WebFilter {

    /** With at least one request per second, a token is back within a second. */
    private static final String RETRY_AFTER_SECONDS = "1";

    private final ClientRateLimiter limiter;
    private final Problems problems;

    public RateLimitFilter(ClientRateLimiter limiter, Problems problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken().getSubject())
                .map(subject -> "subject:" + subject)
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + address(exchange)))
                .flatMap(limiter::tryAcquire)
                .flatMap(allowed -> allowed ? chain.filter(exchange) : tooManyRequests(exchange));
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "too many requests from this client; try again after " + RETRY_AFTER_SECONDS + " s");
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
