package org.vetreport.gateway;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import io.micrometer.tracing.propagation.Propagator;
import java.util.Optional;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sends the request's ids on to the service with the headers the gateway forwards (one copy of them): its
 * {@code X-Request-Id} ({@link CorrelationFilter}) and the trace's propagation headers ({@code traceparent}), which
 * name the span of the request the gateway received and replace whatever the caller sent. The gateway's own client
 * observation would send the trace too (spring.cloud.gateway.server.webflux.observability), but with a second span,
 * timer and active-request timer per request that no exporter or dashboard reads: 8% of the gateway's CPU samples
 * under bench/gateway.sh's load.
 */
@Component
class CorrelationHeaders implements HttpHeadersFilter, Ordered {

    private final Propagator propagator;

    CorrelationHeaders(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.set(CorrelationFilter.REQUEST_ID, CorrelationFilter.requestId(exchange));
        serverSpan(exchange).ifPresent(span -> {
            propagator.fields().forEach(headers::remove);
            propagator.inject(span.context(), headers, HttpHeaders::set);
        });
        return headers;
    }

    /** After the other header filters, so none of them removes or replaces the ids. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The span of the request the gateway received: its server observation starts before any web filter runs. */
    static Optional<Span> serverSpan(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(observation -> observation.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan);
    }
}
