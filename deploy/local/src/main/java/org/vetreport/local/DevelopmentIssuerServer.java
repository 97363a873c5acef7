package org.vetreport.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.vetreport.platform.access.Claims;
import org.vetreport.platform.access.DevelopmentIssuer;
import org.vetreport.platform.access.Role;

/**
 * The local stack's identity provider: a signing key made for this stack (kept in its data folder), its JWK set
 * at {@link DevelopmentIssuer#JWK_SET_URI}, and development tokens for any role and school on request from this
 * machine. It exists only in the local infrastructure process, and services trust its issuer only under the
 * {@code local} profile.
 */
final class DevelopmentIssuerServer implements AutoCloseable {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final RSAKey key;
    private final HttpServer server;

    DevelopmentIssuerServer(Path keyFile) {
        key = loadOrCreate(keyFile);
        URI issuer = URI.create(DevelopmentIssuer.ISSUER);
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", issuer.getPort()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext(URI.create(DevelopmentIssuer.JWK_SET_URI).getPath(), exchange -> respond(exchange, 200, "application/json", jwks));
        server.createContext(issuer.getPath() + "/token", this::issue);
        server.start();
    }

    private void issue(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 405, "text/plain", "POST ?role=<role>&school=<code>[&school=...][&region=...]\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<String> roles = new ArrayList<>();
        List<String> schools = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            String value = parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            switch (parts[0]) {
                case "role" -> roles.add(value);
                case "school" -> schools.add(value);
                case "region" -> regions.add(value);
                default -> { }
            }
        }
        List<String> unknown = roles.stream().filter(role -> Role.fromClaim(role).isEmpty()).toList();
        if (roles.isEmpty() || !unknown.isEmpty()) {
            respond(exchange, 400, "text/plain", ("role must be one of registrar, hr, finance, training, "
                    + "report-editor, viewer, admin; got " + roles + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String subject = "local-" + String.join("-", roles) + "-" + UUID.randomUUID().toString().substring(0, 8);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(DevelopmentIssuer.ISSUER).audience(Claims.AUDIENCE).subject(subject)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(TOKEN_LIFETIME)))
                .claim(Claims.ROLES, roles).claim(Claims.SCHOOLS, schools).claim(Claims.REGIONS, regions)
                .build();
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            token.sign(new RSASSASigner(key));
            respond(exchange, 200, "text/plain", (token.serialize() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            respond(exchange, 500, "text/plain", e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static RSAKey loadOrCreate(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return RSAKey.parse(Files.readString(keyFile));
            }
            RSAKey created = new RSAKeyGenerator(2048).keyID("local-" + UUID.randomUUID()).generate();
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, created.toJSONString());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("cannot read or make the development signing key " + keyFile, e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
