package org.vetreport.platform.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens the decoder accepted, until they expire or {@code maxAge} passed, whichever comes first.
 *
 * <p>A caller sends the same token with every request until it expires, and checking its RSA signature is most of
 * what a small request costs a service (the local stack's services run without the optimising compiler, whose
 * intrinsics make big-integer arithmetic fast). A token is only remembered after the decoder accepted it (issuer,
 * signature, audience, time), and only while it has not expired, so a token accepted from memory is one the decoder
 * would accept; the one difference is that a signing key withdrawn from the issuer's key set stops being checked
 * for at most {@code maxAge}. A rejected token is never remembered: it is checked again each time.
 */
final class ValidatedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> accepted;

    ValidatedTokens(JwtDecoder decoder, long maximumSize, Duration maxAge, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(untilExpiry(maxAge))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = accepted.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (unexpired(jwt)) {
            accepted.put(token, jwt);
        }
        return jwt;
    }

    private boolean unexpired(Jwt jwt) {
        return jwt.getExpiresAt() == null || clock.instant().isBefore(jwt.getExpiresAt());
    }

    private Expiry<String, Jwt> untilExpiry(Duration maxAge) {
        return Expiry.creating((token, jwt) -> {
            Instant expires = jwt.getExpiresAt();
            Duration left = expires == null ? maxAge : Duration.between(clock.instant(), expires);
            return left.compareTo(maxAge) < 0 ? left : maxAge;
        });
    }
}
