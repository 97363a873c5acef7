package org.vetreport.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.vetreport.platform.access.AcceptedTokens;
import reactor.core.publisher.Mono;

class ValidatedTokensTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final ReactiveJwtDecoder decoder = token -> Mono.defer(() -> {
        checks.incrementAndGet();
        return token.equals("good") ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("viewer")
                .expiresAt(Instant.now().plusSeconds(600)).build()) : Mono.error(new BadJwtException("forged"));
    });
    private final ValidatedTokens tokens = new ValidatedTokens(decoder,
            new AcceptedTokens<>(Jwt::getExpiresAt, 100, Duration.ofMinutes(5), Clock.systemUTC()));

    @Test
    void anAcceptedTokenIsCheckedOnce() {
        Jwt first = tokens.decode("good").block();
        Jwt again = tokens.decode("good").block();

        assertThat(again).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aRejectedTokenIsCheckedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(checks).hasValue(2);
    }
}
