package org.vetreport.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vetreport.platform.access.Claims;
import org.vetreport.platform.access.Role;

/**
 * A test identity provider: signs tokens with a key made for this JVM and serves its public key as a JWK set, so
 * services under test validate tokens exactly as they would a real provider's. Also makes the broken tokens an
 * attacker might send.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test.vetreport";

    private static TestTokens shared;

    private final RSAKey key;
    private final RSAKey foreignKey;
    private final HttpServer server;

    private TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            foreignKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = new TestTokens();
        }
        return shared;
    }

    public String jwkSetUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/jwks.json";
    }

    /** The Spring properties that make a resource server trust these tokens. */
    public Map<String, String> resourceServerProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.audiences", Claims.AUDIENCE);
    }

    /** A valid token of one role for the given schools. */
    public String token(Role role, String... schools) {
        return token().roles(role).schools(schools).sign();
    }

    public Token token() {
        return new Token();
    }

    /** A token under construction; valid unless a method makes it otherwise. */
    public final class Token {

        private String subject = "user-" + UUID.randomUUID().toString().substring(0, 8);
        private List<String> roles = List.of();
        private List<String> schools = List.of();
        private List<String> regions = List.of();
        private String issuer = ISSUER;
        private String audience = Claims.AUDIENCE;
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));

        public Token subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Token roles(Role... roles) {
            this.roles = Arrays.stream(roles).map(Role::claim).toList();
            return this;
        }

        public Token schools(String... schools) {
            this.schools = List.of(schools);
            return this;
        }

        public Token regions(String... regions) {
            this.regions = List.of(regions);
            return this;
        }

        public Token issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Token audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Token expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public String sign() {
            return sign(key);
        }

        /** Signed by a key the services do not trust, under the trusted key's id. */
        public String signWithForeignKey() {
            return sign(foreignKey);
        }

        /** Not signed at all ({@code alg: none}). */
        public String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        private String sign(RSAKey signingKey) {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims());
                jwt.sign(new RSASSASigner(signingKey));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private JWTClaimsSet claims() {
            return new JWTClaimsSet.Builder()
                    .subject(subject).issuer(issuer).audience(audience)
                    .issueTime(new Date()).expirationTime(Date.from(expiresAt))
                    .claim(Claims.ROLES, roles).claim(Claims.SCHOOLS, schools).claim(Claims.REGIONS, regions)
                    .build();
        }
    }
}
