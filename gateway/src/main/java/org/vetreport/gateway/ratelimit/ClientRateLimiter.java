package org.vetreport.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Each client's allowance of requests: a token bucket refilled at a steady rate, up to a burst. */
public interface ClientRateLimiter {

    /** Takes one request from the client's allowance: {@code false} when it has none left. */
    Mono<Boolean> tryAcquire(String client);
}
