package org.vetreport.platform.access;

import java.util.Set;

/**
 * What an authenticated caller's token grants: its roles, the schools it may touch and the regions whose
 * roll-ups it may read.
 */
public record Caller(String subject, Set<Role> roles, Set<String> schools, Set<String> regions) {

    public Caller {
        roles = Set.copyOf(roles);
        schools = Set.copyOf(schools);
        regions = Set.copyOf(regions);
    }
}
