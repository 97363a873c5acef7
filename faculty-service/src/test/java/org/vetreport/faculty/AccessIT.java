package org.vetreport.faculty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TestTokens;

/**
 * The service applies the access policy to its five families itself, with the samples the system access matrix
 * sends through the gateway: hr reads and writes its own school, other roles are 403, other schools 404.
 */
@PlatformIntegrationTest
class AccessIT {

    private static final Map<String, String> READS = Map.of("staff", "?role=FULL_TIME_TEACHER",
            "teacher-trainings", "?level=MUNICIPAL", "honours", "?year=2020", "research-outputs", "?type=PAPER",
            "electives", "?year=2020");

    @LocalServerPort
    int port;

    @Test
    void hrReadsAndWritesItsOwnSchoolOnlyAndEveryOtherRoleIsForbidden() {
        String school = "p" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient anonymous = new ApiClient("http://localhost:" + port);
        ApiClient hr = anonymous.withToken(TestTokens.shared().token(Role.HR, school));
        ApiClient elsewhere = anonymous.withToken(TestTokens.shared().token(Role.HR, "other-" + school));
        READS.forEach((family, query) -> {
            String path = "/api/v1/schools/" + school + "/" + family;
            assertStatus(hr.get(path + query), 200);
            assertStatus(hr.post(path + ":import?dryRun=true", "application/json", "[]"), 200);
            assertStatus(elsewhere.get(path + query), 404);
            assertStatus(anonymous.get(path + query), 401);
            for (Role role : Role.values()) {
                if (role != Role.HR) {
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
