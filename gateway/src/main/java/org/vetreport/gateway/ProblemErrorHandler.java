package org.vetreport.gateway;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
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
import reactor.util.context.ContextView;

/**
 * Answers every failure at the gateway with RFC 9457 {@code application/problem+json}: 404 for a path no
 * service serves, 503 naming the service when it cannot be reached or its circuit breaker is open, 502 when its
 * connection broke before it answered, 504 when it does not answer in time.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

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
        }
        return Mono.deferContextual(context -> {
            log(context, exchange, status, detail, error);
            return problems.write(exchange, status, detail);
        });
    }

    /**
     * Logs a failure with the request's trace: Reactor restores the trace into thread locals only where asked
     * (spring.reactor.context-propagation: limited), so the request's observation is opened from its context here.
     */
    private static void log(ContextView context, ServerWebExchange exchange, HttpStatusCode status, String detail,
                            Throwable error) {
        boolean unexpected = status == HttpStatus.INTERNAL_SERVER_ERROR;
        boolean serviceFailed = status == HttpStatus.SERVICE_UNAVAILABLE || status == HttpStatus.GATEWAY_TIMEOUT
                || status == HttpStatus.BAD_GATEWAY;
        if (!unexpected && !serviceFailed) {
            return;
        }
        try (ContextSnapshot.Scope trace = SNAPSHOTS.setThreadLocalsFrom(context, ObservationThreadLocalAccessor.KEY)) {
            if (unexpected) {
                log.error("Unexpected failure at the gateway for {}", exchange.getRequest().getPath(), error);
            } else {
                log.warn("{} for {}: {}", detail, exchange.getRequest().getPath(), error.toString());
            }
        }
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
