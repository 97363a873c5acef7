package org.vetreport.platform.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.vetreport.platform.access.Claims;

/**
 * Where a token carries the caller's roles, schools and regions ({@code platform.security.claims.*}). A dotted
 * name reaches into nested claims, e.g. {@code realm_access.roles} for Keycloak's realm roles.
 */
@ConfigurationProperties("platform.security.claims")
public record ClaimNames(String roles, String schools, String regions) {

    public ClaimNames {
        roles = roles == null ? Claims.ROLES : roles;
        schools = schools == null ? Claims.SCHOOLS : schools;
        regions = regions == null ? Claims.REGIONS : regions;
    }
}
