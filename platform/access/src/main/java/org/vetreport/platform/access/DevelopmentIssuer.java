package org.vetreport.platform.access;

/**
 * The token issuer of the local stack ({@code deploy/local}), which signs development tokens with a key made
 * for that stack. Services refuse to start trusting it unless the {@code local} profile is active.
 */
public final class DevelopmentIssuer {

    public static final String ISSUER = "http://localhost:9000/local-development";
    public static final String JWK_SET_URI = "http://localhost:9000/local-development/jwks.json";
    public static final String PROFILE = "local";

    private DevelopmentIssuer() {
    }
}
