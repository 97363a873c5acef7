package org.vetreport.gateway;

import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
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
        // the server observation, and with it the trace, starts before any web filter runs
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(observation -> observation.<TracingContext>get(TracingContext.class))
                .filter(tracing -> tracing.getSpan() != null)
                .map(tracing -> tracing.getSpan().context().traceId())
                .ifPresent(traceId -> exchange.getResponse().beforeCommit(() -> {
                    exchange.getResponse().getHeaders().set(HEADER, traceId);
                    return Mono.empty();
                }));
        return chain.filter(exchange);
    }
}
