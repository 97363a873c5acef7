package org.vetreport.platform.kit.security;

import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.vetreport.platform.access.DevelopmentIssuer;

/**
 * Refuses to start a service that would trust no issuer, or the local stack's development issuer outside the
 * {@code local} profile: development tokens are minted by anyone running the local stack and must never open a
 * real deployment.
 */
final class IssuerGuard {

    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    private IssuerGuard() {
    }

    static void check(Environment environment) {
        String issuer = environment.getProperty(ISSUER);
        if (issuer == null && environment.getProperty(JWK_SET) == null) {
            throw new IllegalStateException("No token issuer is configured: set " + ISSUER + " (and " + JWK_SET
                    + " if the issuer does not publish OpenID discovery); deploy/local/up.sh sets the local one");
        }
        boolean local = Arrays.asList(environment.getActiveProfiles()).contains(DevelopmentIssuer.PROFILE);
        if (DevelopmentIssuer.ISSUER.equals(issuer) && !local) {
            throw new IllegalStateException("The local development issuer " + issuer + " is trusted only with the '"
                    + DevelopmentIssuer.PROFILE + "' profile active; configure the real identity provider in " + ISSUER);
        }
    }
}
