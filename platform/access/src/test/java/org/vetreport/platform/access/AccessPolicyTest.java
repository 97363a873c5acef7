package org.vetreport.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy(List.of(
            new ResourceFamily("majors", "student-service", Scope.SCHOOL, Set.of(Role.REGISTRAR), Set.of(Role.REGISTRAR)),
            new ResourceFamily(ResourceFamily.PROFILE, "report-service", Scope.SCHOOL, Set.of(Role.VIEWER), Set.of(Role.ADMIN)),
            new ResourceFamily("indicators", "report-service", Scope.SCHOOL, Set.of(Role.VIEWER, Role.REGISTRAR), Set.of()),
            new ResourceFamily("indicators", "report-service", Scope.REGION, Set.of(Role.VIEWER), Set.of()),
            new ResourceFamily("indicators", "report-service", Scope.PLATFORM, Set.of(Role.VIEWER), Set.of())));

    private static Caller caller(Role role, String... schools) {
        return new Caller("u", Set.of(role), Set.of(schools), Set.of("330400"));
    }

    @Test
    void theOwningRoleReadsAndWritesItsSchoolsResources() {
        Caller registrar = caller(Role.REGISTRAR, "jxtc");

        assertThat(policy.decide("GET", "/api/v1/schools/jxtc/majors", registrar)).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide("PUT", "/api/v1/schools/jxtc/majors/660301", registrar)).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide("POST", "/api/v1/schools/jxtc/majors:import", registrar)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void anotherSchoolIsNotFoundWhateverTheRole() {
        assertThat(policy.decide("GET", "/api/v1/schools/other/majors", caller(Role.REGISTRAR, "jxtc"))).isEqualTo(Decision.NOT_FOUND);
        assertThat(policy.decide("PUT", "/api/v1/schools/other/majors/1", caller(Role.VIEWER, "jxtc"))).isEqualTo(Decision.NOT_FOUND);
    }

    @Test
    void aRoleWithoutTheRightIsForbiddenInItsOwnSchool() {
        assertThat(policy.decide("GET", "/api/v1/schools/jxtc/majors", caller(Role.VIEWER, "jxtc"))).isEqualTo(Decision.FORBIDDEN);
        assertThat(policy.decide("DELETE", "/api/v1/schools/jxtc/indicators", caller(Role.VIEWER, "jxtc"))).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void regionsAreScopedByTheRegionsClaim() {
        assertThat(policy.decide("GET", "/api/v1/regions/330400/indicators", caller(Role.VIEWER))).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide("GET", "/api/v1/regions/330000/indicators", caller(Role.VIEWER))).isEqualTo(Decision.NOT_FOUND);
    }

    @Test
    void aProvinceGrantCoversItsCitiesButNotOtherProvinces() {
        Caller province = new Caller("u", Set.of(Role.VIEWER), Set.of(), Set.of("360000"));

        assertThat(policy.decide("GET", "/api/v1/regions/360000/indicators", province)).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide("GET", "/api/v1/regions/360400/indicators", province)).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide("GET", "/api/v1/regions/330400/indicators", province)).isEqualTo(Decision.NOT_FOUND);
    }

    @Test
    void theSchoolPathItselfIsTheSchoolsProfile() {
        Caller viewer = caller(Role.VIEWER, "jxtc");

        assertThat(policy.familyOf("/api/v1/schools/jxtc").orElseThrow().name()).isEqualTo(ResourceFamily.PROFILE);
        assertThat(policy.decide("GET", "/api/v1/schools/jxtc", viewer)).isEqualTo(Decision.ALLOW);
        assertThat(policy.decide("PUT", "/api/v1/schools/jxtc", viewer)).isEqualTo(Decision.FORBIDDEN);
        assertThat(policy.decide("GET", "/api/v1/schools/other", viewer)).isEqualTo(Decision.NOT_FOUND);
        assertThat(policy.familyOf("/api/v1/schools/jxtc").orElseThrow().pathPatterns()).containsExactly("/api/v1/schools/*");
    }

    @Test
    void pathsNoFamilyCoversAreNotFound() {
        Caller registrar = caller(Role.REGISTRAR, "jxtc");

        assertThat(policy.decide("GET", "/api/v1/schools/jxtc/secrets", registrar)).isEqualTo(Decision.NOT_FOUND);
        assertThat(policy.decide("GET", "/api/v1/schools", registrar)).isEqualTo(Decision.NOT_FOUND);
        assertThat(policy.decide("GET", "/internal/thing", registrar)).isEqualTo(Decision.NOT_FOUND);
    }

    @Test
    void platformResourcesNeedNoTenant() {
        assertThat(policy.decide("GET", "/api/v1/indicators", caller(Role.VIEWER))).isEqualTo(Decision.ALLOW);
        assertThat(policy.familyOf("/api/v1/indicators").orElseThrow().scope()).isEqualTo(Scope.PLATFORM);
    }

    @Test
    void everyPlatformFamilyIsOwnedByAKnownService() {
        assertThat(AccessPolicy.PLATFORM.families()).extracting(ResourceFamily::service)
                .allMatch(service -> Set.of("student-service", "faculty-service", "finance-service",
                        "training-service", "report-service").contains(service));
    }
}
