package org.vetreport.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.vetreport.platform.access.RequestIds;
import reactor.core.publisher.Mono;

/**
 * Answers every request with the ids that find its logs: {@code X-Request-Id} ({@link RequestIds}) ties together
 * the gateway's, the service's and the client's logs, and {@code X-Trace-Id} is the distributed trace the request
 * started (or continued from the caller's {@code traceparent}) in every service. {@link CorrelationHeaders} sends
 * both on to the service. A web filter ahead of security, so answers the gateway gives itself (401, 413, 429) carry
 * them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationFilter implements WebFilter {

    static final String REQUEST_ID = RequestIds.HEADER;
    static final String TRACE_ID = "X-Trace-Id";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = requestId(exchange);
        String traceId = CorrelationHeaders.serverSpan(exchange).map(span -> span.context().traceId()).orElse(null);
        // after the service's headers were copied, so the response carries each id once
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set(REQUEST_ID, requestId);
            if (traceId != null) {
                headers.set(TRACE_ID, traceId);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    /** The request's id: decided once per request and kept in the exchange, where the other filters find it. */
    static String requestId(ServerWebExchange exchange) {
        String decided = exchange.getAttribute(REQUEST_ID);
        if (decided != null) {
            return decided;
        }
        String requestId = RequestIds.of(exchange.getRequest().getHeaders().getFirst(REQUEST_ID));
        exchange.getAttributes().put(REQUEST_ID, requestId);
        return requestId;
    }
}
