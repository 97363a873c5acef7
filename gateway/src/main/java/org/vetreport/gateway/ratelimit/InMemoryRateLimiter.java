package org.vetreport.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/** Token buckets in this gateway's memory: exact for one gateway instance, per instance when there are several. */
final class InMemoryRateLimiter implements ClientRateLimiter {

    private static final long SWEEP_INTERVAL = Duration.ofMinutes(1).toNanos();

    private final double tokensPerNano;
    private final int burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    InMemoryRateLimiter(int requestsPerSecond, int burst, LongSupplier nanoClock) {
        this.tokensPerNano = requestsPerSecond / 1e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
        this.lastSweep = nanoClock.getAsLong();
    }

    @Override
    public Mono<Boolean> tryAcquire(String client) {
        long now = nanoClock.getAsLong();
        forgetIdleClients(now);
        Bucket bucket = buckets.compute(client, (key, last) -> {
            double tokens = last == null ? burst : last.tokensAt(now, tokensPerNano, burst);
            return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
        });
        return Mono.just(bucket.granted());
    }

    int clients() {
        return buckets.size();
    }

    /** A full bucket is the same as none, so dropping it keeps memory bounded by the clients active lately. */
    private void forgetIdleClients(long now) {
        if (now - lastSweep > SWEEP_INTERVAL) {
            lastSweep = now;
            // removes a bucket only if no request replaced it meanwhile
            buckets.values().removeIf(bucket -> bucket.tokensAt(now, tokensPerNano, burst) >= burst);
        }
    }

    private record Bucket(double tokens, long updatedAt, boolean granted) {

        double tokensAt(long now, double tokensPerNano, int burst) {
            return Math.min(burst, tokens + (now - updatedAt) * tokensPerNano);
        }
    }
}
