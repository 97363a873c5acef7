package org.vetreport.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.vetreport.platform.access.AcceptedTokens;
import reactor.core.publisher.Mono;

/** A decoder that checks each token once while it stays valid ({@link AcceptedTokens}). */
final class ValidatedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final AcceptedTokens<Jwt> accepted;

    ValidatedTokens(ReactiveJwtDecoder decoder, AcceptedTokens<Jwt> accepted) {
        this.decoder = decoder;
        this.accepted = accepted;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        return accepted.known(token).map(Mono::just)
                .orElseGet(() -> decoder.decode(token).doOnNext(jwt -> accepted.accepted(token, jwt)));
    }
}
