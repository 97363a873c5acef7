package org.vetreport.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Turns away a request whose declared body is larger than {@code platform.gateway.max-request-size} before it
 * is read or sent on, so an oversized upload costs neither the gateway nor the service anything.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestSizeFilter implements WebFilter {

    private final long maxBytes;
    private final Problems problems;

    RequestSizeFilter(GatewayProperties properties, Problems problems) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxBytes) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                    "the request body of " + length + " bytes is larger than the " + maxBytes + " bytes the platform accepts");
        }
        return chain.filter(exchange);
    }
}
