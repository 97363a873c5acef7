package org.vetreport.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationContext;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every gateway instance, kept by Spring Cloud Gateway's {@link RedisRateLimiter}
 * (an atomic Lua script). If Redis cannot be reached it lets requests through and logs the error, so Redis
 * trouble never takes the API down.
 */
final class RedisClientRateLimiter implements ClientRateLimiter {

    /** RedisRateLimiter keys buckets by route and client; one allowance spans every route. */
    private static final String ALL_ROUTES = "gateway";

    private final RedisRateLimiter redis;

    RedisClientRateLimiter(int requestsPerSecond, int burst, ApplicationContext context) {
        this.redis = new RedisRateLimiter(requestsPerSecond, burst);
        // looks up the Redis template and the token-bucket script the Redis auto-configurations made
        this.redis.setApplicationContext(context);
    }

    @Override
    public Mono<Boolean> tryAcquire(String client) {
        return redis.isAllowed(ALL_ROUTES, client).map(RateLimiter.Response::isAllowed);
    }
}
