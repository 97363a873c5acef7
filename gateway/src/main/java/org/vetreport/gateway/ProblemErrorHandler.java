package org.vetreport.gateway;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers every failure at the gateway with RFC 9457 {@code application/problem+json}: 404 for a path no
 * service serves, 503 naming the service when it cannot be reached or its circuit breaker is open, 502 when its
 * connection broke before it answered, 504 when it does not answer in time.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final Problems problems;

    ProblemErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = route == null ? "the service" : (String) route.getMetadata().getOrDefault(ApiRoutes.SERVICE, route.getId());
        HttpStatusCode status;
        String detail;
        // the circuit breaker's time limiter and the HTTP client's response timeout both stop a slow service;
        // whichever fires first, the caller learns which service was too slow
        if (causedBy(error, TimeoutException.class) || error instanceof ResponseStatusException timeout
                && timeout.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            status = HttpStatus.GATEWAY_TIMEOUT;
            detail = service + " did not answer in time";
        } else if (causedBy(error, ConnectException.class) || error instanceof ServiceUnavailableException) {
            // ServiceUnavailableException: the service's circuit breaker is open, it failed repeatedly just before
            status = HttpStatus.SERVICE_UNAVAILABLE;
            detail = service + " is unavailable; try again shortly";
        } else if (causedBy(error, IOException.class)) {
            // the service took the request and its connection broke before the answer (it crashed or was killed):
            // a write may or may not have been done, which the caller must know to read back or repeat it safely
            status = HttpStatus.BAD_GATEWAY;
            detail = service + " closed the connection before answering; a write may or may not have been applied: "
                    + "read it back, or repeat it (with the same Idempotency-Key where the API takes one)";
        } else if (error instanceof ResponseStatusException statusError) {
            status = statusError.getStatusCode();
            detail = status.value() == 404
                    ? "no API is served at " + exchange.getRequest().getPath().value()
                    : statusError.getReason() == null ? statusError.getMessage() : statusError.getReason();
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            detail = "the gateway failed unexpectedly; quote the request id when reporting it";
            log.error("Unexpected failure at the gateway for {}", exchange.getRequest().getPath(), error);
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE || status == HttpStatus.GATEWAY_TIMEOUT
                || status == HttpStatus.BAD_GATEWAY) {
            log.warn("{} for {}: {}", detail, exchange.getRequest().getPath(), error.toString());
        }
        return problems.write(exchange, status, detail);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
