package org.vetreport.platform.kit.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.vetreport.platform.access.AcceptedTokens;

/** A decoder that checks each token once while it stays valid ({@link AcceptedTokens}). */
final class ValidatedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final AcceptedTokens<Jwt> accepted;

    ValidatedTokens(JwtDecoder decoder, AcceptedTokens<Jwt> accepted) {
        this.decoder = decoder;
        this.accepted = accepted;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return accepted.known(token).orElseGet(() -> {
            Jwt jwt = decoder.decode(token);
            accepted.accepted(token, jwt);
            return jwt;
        });
    }
}
