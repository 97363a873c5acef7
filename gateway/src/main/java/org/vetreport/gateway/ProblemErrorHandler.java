package org.vetreport.gateway;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers every failure at the gateway with RFC 9457 {@code application/problem+json}: 404 for a path no
 * service serves, 503 naming the service when it cannot be reached, 504 when it does not answer in time.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final JsonMapper json;

    ProblemErrorHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = route == null ? "the service" : route.getId();
        HttpStatusCode status;
        String detail;
        if (causedBy(error, ConnectException.class)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            detail = service + " is unavailable; try again shortly";
        } else if (causedBy(error, TimeoutException.class)) {
            status = HttpStatus.GATEWAY_TIMEOUT;
            detail = service + " did not answer in time";
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
        if (status == HttpStatus.SERVICE_UNAVAILABLE || status == HttpStatus.GATEWAY_TIMEOUT) {
            log.warn("{} for {}: {}", detail, exchange.getRequest().getPath(), error.toString());
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        problem.put("requestId", RequestIdFilter.requestId(exchange));
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(RequestIdFilter.HEADER, RequestIdFilter.requestId(exchange));
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
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
