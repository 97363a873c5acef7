package org.vetreport.platform.kit.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.vetreport.platform.access.Caller;
import org.vetreport.platform.access.Role;

/** Reads what a validated token grants. Unknown role names are ignored, never guessed. */
public final class Callers {

    private final ClaimNames names;

    public Callers(ClaimNames names) {
        this.names = names;
    }

    public Caller from(Jwt token) {
        Set<Role> roles = strings(token.getClaims(), names.roles()).stream()
                .map(Role::fromClaim).flatMap(Optional::stream).collect(Collectors.toSet());
        return new Caller(token.getSubject(), roles, strings(token.getClaims(), names.schools()),
                strings(token.getClaims(), names.regions()));
    }

    private static Set<String> strings(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String part : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(String.class::isInstance).map(String.class::cast).collect(Collectors.toSet());
        }
        return value instanceof String single ? Set.of(single) : Set.of();
    }
}
