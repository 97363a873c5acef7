package org.vetreport.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.AccessPolicy;
import org.vetreport.platform.access.ResourceFamily;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TestTokens;

/**
 * The service applies the access policy to its six families itself, with the samples the system access matrix
 * sends through the gateway: training reads and writes its own school, other roles are 403, other schools 404.
 */
@PlatformIntegrationTest
class AccessIT {

    private static final Map<String, String> READS = Map.of("training-rooms", "?openOn=2020-12-31",
            "partners", "?kind=APPRENTICESHIP", "apprenticeships", "?year=2020", "internships", "?kind=PLACEMENT",
            "training-sessions", "?year=2020", "hosted-contests", "?level=PROVINCIAL");

    @LocalServerPort
    int port;

    @Test
    void theSamplesCoverEveryFamilyTheAccessPolicyGivesThisService() {
        assertThat(AccessPolicy.PLATFORM.familiesOf("training-service")).extracting(ResourceFamily::name)
                .containsExactlyInAnyOrderElementsOf(READS.keySet());
    }

    @Test
    void trainingReadsAndWritesItsOwnSchoolOnlyAndEveryOtherRoleIsForbidden() {
        String school = "p" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient anonymous = new ApiClient("http://localhost:" + port);
        ApiClient training = anonymous.withToken(TestTokens.shared().token(Role.TRAINING, school));
        ApiClient elsewhere = anonymous.withToken(TestTokens.shared().token(Role.TRAINING, "other-" + school));
        READS.forEach((family, query) -> {
            String path = "/api/v1/schools/" + school + "/" + family;
            assertStatus(training.get(path + query), 200);
            assertStatus(training.post(path + ":import?dryRun=true", "application/json", "[]"), 200);
            assertStatus(elsewhere.get(path + query), 404);
            assertStatus(elsewhere.post(path + ":import?dryRun=true", "application/json", "[]"), 404);
            assertStatus(anonymous.get(path + query), 401);
            for (Role role : Role.values()) {
                if (role != Role.TRAINING) {
                    ApiClient other = anonymous.withToken(TestTokens.shared().token(role, school));
                    assertStatus(other.get(path + query), 403);
                    assertStatus(other.post(path + ":import?dryRun=true", "application/json", "[]"), 403);
                }
            }
        });
    }

    private static void assertStatus(Response response, int expected) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
