package org.vetreport.gateway.security;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.vetreport.platform.access.DevelopmentIssuer;

/** Refuses to start without an issuer to check tokens against, or with the local stack's issuer outside it. */
final class TrustedIssuer {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private TrustedIssuer() {
    }

    static void check(Environment environment) {
        String issuer = environment.getProperty(ISSUER_URI);
        if (!StringUtils.hasText(issuer)) {
            throw new IllegalStateException("The gateway accepts only tokens of the platform's identity provider: set "
                    + ISSUER_URI + " (and spring.security.oauth2.resourceserver.jwt.jwk-set-uri if it does not publish "
                    + "OpenID Connect discovery)");
        }
        // the development issuer is a stand-in for the local stack, its key not guarded like a real provider's
        if (issuer.equals(DevelopmentIssuer.ISSUER) && !environment.matchesProfiles(DevelopmentIssuer.PROFILE)) {
            throw new IllegalStateException("Refusing to start: " + ISSUER_URI + " is the local development issuer "
                    + DevelopmentIssuer.ISSUER + ", which may be trusted only with the '" + DevelopmentIssuer.PROFILE
                    + "' profile active (deploy/local); configure this deployment's identity provider instead");
        }
    }
}
