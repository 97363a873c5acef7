package org.vetreport.gateway;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, if it sent a sensible one) and passes it to the
 * service and back to the caller, so one id ties together the gateway's, the service's and the client's logs.
 * A web filter ahead of security, so answers the gateway gives itself (401, 413, 429) carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = requestId(exchange);
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, requestId)).build();
        // after the service's headers were copied, so the response carries the id once
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    static String requestId(ServerWebExchange exchange) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        if (given != null && ACCEPTABLE.matcher(given).matches()) {
            return given;
        }
        String assigned = exchange.getAttribute(HEADER);
        if (assigned == null) {
            assigned = UUID.randomUUID().toString();
            exchange.getAttributes().put(HEADER, assigned);
        }
        return assigned;
    }
}
