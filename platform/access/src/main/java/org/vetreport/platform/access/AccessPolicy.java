package org.vetreport.platform.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's one table of API resources. The gateway routes each family to its service, every service
 * enforces the same decisions for its own families, and the access-matrix test walks the whole table, so a
 * family added here is routed, protected and tested the day it is added.
 */
public final class AccessPolicy {

    private static final Set<Role> ALL_ROLES = EnumSet.allOf(Role.class);

    /** Every resource family of the platform. */
    public static final AccessPolicy PLATFORM = new AccessPolicy(List.of(
            new ResourceFamily("majors", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily("students", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily("awards", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily("destinations", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily("activities", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily("assessments", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily("certificates", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily("surveys", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily("staff", "faculty-service", Scope.SCHOOL, Set.of(Role.HR), Set.of(Role.HR)),
            new ResourceFamily("teacher-trainings", "faculty-service", Scope.SCHOOL, Set.of(Role.HR), Set.of(Role.HR)),
            new ResourceFamily("honours", "faculty-service", Scope.SCHOOL, Set.of(Role.HR), Set.of(Role.HR)),
            new ResourceFamily("research-outputs", "faculty-service", Scope.SCHOOL, Set.of(Role.HR), Set.of(Role.HR)),
            new ResourceFamily("electives", "faculty-service", Scope.SCHOOL, Set.of(Role.HR), Set.of(Role.HR)),
            new ResourceFamily("income", "finance-service", Scope.SCHOOL, Set.of(Role.FINANCE), Set.of(Role.FINANCE)),
            new ResourceFamily("aid-programmes", "finance-service", Scope.SCHOOL, Set.of(Role.FINANCE), Set.of(Role.FINANCE)),
            new ResourceFamily("aid-awards", "finance-service", Scope.SCHOOL, Set.of(Role.FINANCE), Set.of(Role.FINANCE)),
            new ResourceFamily("assets", "finance-service", Scope.SCHOOL, Set.of(Role.FINANCE), Set.of(Role.FINANCE)),
            new ResourceFamily("training-rooms", "training-service", Scope.SCHOOL, Set.of(Role.TRAINING), Set.of(Role.TRAINING)),
            new ResourceFamily("partners", "training-service", Scope.SCHOOL, Set.of(Role.TRAINING), Set.of(Role.TRAINING)),
            new ResourceFamily("apprenticeships", "training-service", Scope.SCHOOL, Set.of(Role.TRAINING), Set.of(Role.TRAINING)),
            new ResourceFamily("internships", "training-service", Scope.SCHOOL, Set.of(Role.TRAINING), Set.of(Role.TRAINING)),
            new ResourceFamily("training-sessions", "training-service", Scope.SCHOOL, Set.of(Role.TRAINING), Set.of(Role.TRAINING)),
            new ResourceFamily("hosted-contests", "training-service", Scope.SCHOOL, Set.of(Role.TRAINING), Set.of(Role.TRAINING)),
            new ResourceFamily(ResourceFamily.PROFILE, "report-service", Scope.SCHOOL, ALL_ROLES,
                    Set.of(Role.REPORT_EDITOR, Role.ADMIN)),
            new ResourceFamily("indicators", "report-service", Scope.SCHOOL, ALL_ROLES, Set.of()),
            new ResourceFamily("audit", "report-service", Scope.SCHOOL, Set.of(Role.ADMIN), Set.of()),
            new ResourceFamily("checks", "report-service", Scope.SCHOOL, ALL_ROLES, Set.of(Role.REPORT_EDITOR, Role.ADMIN)),
            // reopening a year is for administrators alone; report-service refuses it to editors itself
            new ResourceFamily("years", "report-service", Scope.SCHOOL, ALL_ROLES, Set.of(Role.REPORT_EDITOR, Role.ADMIN)),
            new ResourceFamily("reports", "report-service", Scope.SCHOOL, ALL_ROLES, Set.of(Role.REPORT_EDITOR, Role.ADMIN)),
            new ResourceFamily("indicators", "report-service", Scope.REGION, ALL_ROLES, Set.of()),
            new ResourceFamily("schools", "report-service", Scope.REGION, ALL_ROLES, Set.of()),
            new ResourceFamily("indicators", "report-service", Scope.PLATFORM, ALL_ROLES, Set.of()),
            new ResourceFamily("admin", "report-service", Scope.PLATFORM, Set.of(Role.ADMIN), Set.of(Role.ADMIN))));

    private static final String PREFIX = "/api/v1/";

    private final Map<Scope, Map<String, ResourceFamily>> families = new LinkedHashMap<>();

    public AccessPolicy(List<ResourceFamily> families) {
        for (Scope scope : Scope.values()) {
            this.families.put(scope, new LinkedHashMap<>());
        }
        for (ResourceFamily family : families) {
            if (this.families.get(family.scope()).put(family.name(), family) != null) {
                throw new IllegalArgumentException("resource family listed twice: " + family.scope() + " " + family.name());
            }
        }
    }

    public List<ResourceFamily> families() {
        return families.values().stream().flatMap(byName -> byName.values().stream()).toList();
    }

    public List<ResourceFamily> familiesOf(String service) {
        return families().stream().filter(family -> family.service().equals(service)).toList();
    }

    /** The family a path belongs to, if any. */
    public Optional<ResourceFamily> familyOf(String path) {
        return Target.parse(path).flatMap(target -> Optional.ofNullable(families.get(target.scope()).get(target.resource())));
    }

    /**
     * Decides whether an authenticated caller may do {@code method} on {@code path}. A tenant outside the
     * caller's claims and a path no family covers are both {@link Decision#NOT_FOUND}, so a caller cannot tell
     * another school's resources from ones that do not exist.
     */
    public Decision decide(String method, String path, Caller caller) {
        Optional<Target> parsed = Target.parse(path);
        if (parsed.isEmpty()) {
            return Decision.NOT_FOUND;
        }
        Target target = parsed.get();
        boolean tenantVisible = switch (target.scope()) {
            case SCHOOL -> caller.schools().contains(target.tenant());
            case REGION -> caller.regions().stream().anyMatch(region -> Regions.covers(region, target.tenant()));
            case PLATFORM -> true;
        };
        ResourceFamily family = families.get(target.scope()).get(target.resource());
        if (!tenantVisible || family == null) {
            return Decision.NOT_FOUND;
        }
        Set<Role> allowed = isRead(method) ? family.readers() : family.writers();
        return caller.roles().stream().anyMatch(allowed::contains) ? Decision.ALLOW : Decision.FORBIDDEN;
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** The tenant and resource a path addresses. */
    private record Target(Scope scope, String tenant, String resource) {

        static Optional<Target> parse(String path) {
            if (path == null || !path.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] segments = path.substring(PREFIX.length()).split("/", -1);
            if (segments[0].equals("schools") || segments[0].equals("regions")) {
                if (segments.length < 2 || segments[1].isEmpty()) {
                    return Optional.empty();
                }
                Scope scope = segments[0].equals("schools") ? Scope.SCHOOL : Scope.REGION;
                String resource = segments.length == 2 ? ResourceFamily.PROFILE : resourceName(segments[2]);
                return Optional.of(new Target(scope, segments[1], resource));
            }
            return Optional.of(new Target(Scope.PLATFORM, null, resourceName(segments[0])));
        }

        /** {@code students:import} is an operation on {@code students}. */
        private static String resourceName(String segment) {
            int colon = segment.indexOf(':');
            return colon < 0 ? segment : segment.substring(0, colon);
        }
    }
}
