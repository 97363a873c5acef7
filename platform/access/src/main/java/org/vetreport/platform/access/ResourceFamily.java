package org.vetreport.platform.access;

import java.util.List;
import java.util.Set;

/**
 * One kind of API resource, e.g. the majors of a school.
 *
 * @param name     the path segment that names it: {@code majors} in {@code /api/v1/schools/jxtc/majors/660301},
 *                 or {@code indicators} in {@code /api/v1/indicators}
 * @param service  the service that owns and serves it
 * @param readers  roles that may read it ({@code GET}, {@code HEAD})
 * @param writers  roles that may change it (every other method)
 */
public record ResourceFamily(String name, String service, Scope scope, Set<Role> readers, Set<Role> writers) {

    /** The family of the tenant itself: {@code /api/v1/schools/jxtc} is the profile of the school {@code jxtc}. */
    public static final String PROFILE = "profile";

    public ResourceFamily {
        readers = Set.copyOf(readers);
        writers = Set.copyOf(writers);
    }

    /** The path patterns that reach this family, in Spring's path-pattern syntax. */
    public List<String> pathPatterns() {
        if (name.equals(PROFILE) && scope != Scope.PLATFORM) {
            return List.of(scope == Scope.SCHOOL ? "/api/v1/schools/*" : "/api/v1/regions/*");
        }
        String base = switch (scope) {
            case SCHOOL -> "/api/v1/schools/*/" + name;
            case REGION -> "/api/v1/regions/*/" + name;
            case PLATFORM -> "/api/v1/" + name;
        };
        return List.of(base, base + "/**", base + ":*");
    }
}
