package org.vetreport.platform.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.vetreport.platform.access.AcceptedTokens;

class ValidatedTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final AtomicInteger checks = new AtomicInteger();

    /** Accepts "good-<seconds to expiry>" and rejects anything else, counting every check. */
    private final JwtDecoder decoder = token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("signature does not match");
        }
        Instant issued = clock.instant();
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("registrar").issuedAt(issued)
                .expiresAt(issued.plusSeconds(Long.parseLong(token.substring(5)))).build();
    };

    private final ValidatedTokens tokens = new ValidatedTokens(decoder,
            new AcceptedTokens<>(Jwt::getExpiresAt, 100, Duration.ofMinutes(5), clock));

    @Test
    void anAcceptedTokenIsCheckedOnceWhileItIsValid() {
        Jwt first = tokens.decode("good-600");
        clock.advance(Duration.ofMinutes(4));
        Jwt again = tokens.decode("good-600");

        assertThat(again).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aRejectedTokenIsCheckedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(checks).hasValue(2);
    }

    @Test
    void aTokenPastItsExpiryIsCheckedAgain() {
        tokens.decode("good-30");
        clock.advance(Duration.ofSeconds(31));

        tokens.decode("good-30");

        assertThat(checks).hasValue(2);
    }

    @Test
    void aTokenIsCheckedAgainAfterTheMaximumAgeEvenIfItStillLives() {
        tokens.decode("good-86400");
        clock.advance(Duration.ofMinutes(6));

        tokens.decode("good-86400");

        assertThat(checks).hasValue(2);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
