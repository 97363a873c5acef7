package org.vetreport.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers every request with {@code X-Trace-Id}, the id of the distributed trace the request started (or
 * continued from the caller's {@code traceparent}), so a caller can find every service's logs of its request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TraceIdFilter implements WebFilter {

    static final String HEADER = "X-Trace-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        TracePropagation.serverSpan(exchange)
                .map(span -> span.context().traceId())
                .ifPresent(traceId -> exchange.getResponse().beforeCommit(() -> {
                    exchange.getResponse().getHeaders().set(HEADER, traceId);
                    return Mono.empty();
                }));
        return chain.filter(exchange);
    }
}
