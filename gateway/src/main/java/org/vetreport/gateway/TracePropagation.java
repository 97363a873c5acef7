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
 * Sends the trace on to the service: its propagation headers ({@code traceparent}) name the span of the request
 * the gateway received, replacing whatever the caller sent. The gateway's own client observation would do this too
 * (spring.cloud.gateway.server.webflux.observability), but with a second span, timer and active-request timer per
 * request that no exporter or dashboard reads: 8% of the gateway's CPU samples under bench/gateway.sh's load.
 */
@Component
class TracePropagation implements HttpHeadersFilter, Ordered {

    private final Propagator propagator;

    TracePropagation(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Optional<Span> span = serverSpan(exchange);
        if (span.isEmpty()) {
            return input;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        propagator.fields().forEach(headers::remove);
        propagator.inject(span.get().context(), headers, HttpHeaders::set);
        return headers;
    }

    /** After the other header filters, so none of them removes or replaces the trace. */
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
