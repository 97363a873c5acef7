package org.vetreport.platform.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Bearer tokens the platform's token check accepted, remembered until they expire or {@code maxAge} passed,
 * whichever comes first, so that the gateway and the services check each token's signature once, not per request.
 *
 * <p>A caller sends the same token with every request until it expires, and its RSA signature check is the largest
 * part of what a small request costs (more so on a JVM without the optimising compiler, whose intrinsics make
 * big-integer arithmetic fast). Only a token the check accepted (issuer, signature, audience, time) is remembered,
 * and only while it has not expired, so a token accepted from memory is one the check would accept; the one
 * difference is that a signing key withdrawn from the issuer's key set stops being checked for at most
 * {@code maxAge}. A rejected token is never remembered: it is checked again each time.
 *
 * @param <T> the decoded token
 */
public final class AcceptedTokens<T> {

    private final Function<T, Instant> expiresAt;
    private final Clock clock;
    private final Cache<String, T> accepted;

    /** @param expiresAt when a decoded token expires, null for never */
    public AcceptedTokens(Function<T, Instant> expiresAt, long maximumSize, Duration maxAge, Clock clock) {
        this.expiresAt = expiresAt;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder().maximumSize(maximumSize)
                .expireAfter(Expiry.<String, T>creating((token, decoded) -> {
                    Instant expires = expiresAt.apply(decoded);
                    Duration left = expires == null ? maxAge : Duration.between(clock.instant(), expires);
                    return left.compareTo(maxAge) < 0 ? left : maxAge;
                }))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** The token as it was decoded when it was accepted, while it has not expired. */
    public Optional<T> known(String token) {
        T decoded = accepted.getIfPresent(token);
        return decoded != null && unexpired(decoded) ? Optional.of(decoded) : Optional.empty();
    }

    /** Remembers a token the check has just accepted. */
    public void accepted(String token, T decoded) {
        if (unexpired(decoded)) {
            accepted.put(token, decoded);
        }
    }

    private boolean unexpired(T decoded) {
        Instant expires = expiresAt.apply(decoded);
        return expires == null || clock.instant().isBefore(expires);
    }
}
