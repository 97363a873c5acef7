package org.vetreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vetreport.platform.access.AccessPolicy;
import org.vetreport.platform.access.ResourceFamily;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.access.Scope;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * Every role against every resource family of {@link AccessPolicy#PLATFORM}, reading and writing, in its own
 * school and in another, through the gateway. The cases are generated from the policy table, so a family added
 * to it is tested the day it is added (it needs a sample request below, or this test fails); and every path
 * the services document must belong to a family of the table.
 */
class AccessMatrixIT {

    /**
     * A harmless read and a valid write of each family, as paths after the family's own path, with the status a
     * permitted write answers; {@code {n}} makes each write create a new resource.
     */
    /** The own school's profile, written before the matrix runs so its readers find it; writers send it unchanged. */
    private static final String PROFILE = "{\"name\":\"矩阵学校\",\"provinceCode\":\"360000\",\"cityCode\":\"360400\"}";

    private static final Map<String, Sample> SAMPLES = Map.ofEntries(
            Map.entry("SCHOOL majors", new Sample("", "PUT", "/M{n}", "{\"name\":\"数控加工\",\"openedOn\":\"2015-09-01\"}", 201)),
            Map.entry("SCHOOL students", new Sample("", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL awards", new Sample("?tier=NATIONAL", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL destinations", new Sample("?graduationYear=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL activities", new Sample("?kind=CLUB", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL assessments", new Sample("?year=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL certificates", new Sample("?issuedIn=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL surveys", new Sample("?year=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL staff", new Sample("?role=FULL_TIME_TEACHER", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL teacher-trainings", new Sample("?level=MUNICIPAL", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL honours", new Sample("?year=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL research-outputs", new Sample("?type=PAPER", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL electives", new Sample("?year=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL income", new Sample("?year=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL aid-programmes", new Sample("?kind=TUITION_WAIVER", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL aid-awards", new Sample("?year=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL assets", new Sample("?category=LAND", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL training-rooms", new Sample("?openOn=2020-12-31", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL partners", new Sample("?kind=APPRENTICESHIP", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL apprenticeships", new Sample("?year=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL internships", new Sample("?kind=PLACEMENT", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL training-sessions", new Sample("?year=2020", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL hosted-contests", new Sample("?level=PROVINCIAL", "POST", ":import?dryRun=true", "[]", 200)),
            Map.entry("SCHOOL profile", new Sample("", "PUT", "", PROFILE, 200)),
            Map.entry("SCHOOL indicators", new Sample("?year=2020", "POST", "", "{}", 201)),
            Map.entry("SCHOOL audit", new Sample("", "POST", "", "{}", 201)),
            // an empty explanation: refused as invalid input once the policy let the caller through
            Map.entry("SCHOOL checks", new Sample("?year=2020", "POST", "/2020-0000000000000000:explain", "{\"text\":\"\"}", 400)),
            // a year nobody validated cannot be locked: a conflict once the policy let the caller through
            Map.entry("SCHOOL years", new Sample("/2020", "POST", "/2020:lock", "{}", 409)),
            // picking the outline of a year's report: the same choice again for every permitted writer
            Map.entry("SCHOOL reports", new Sample("/2020", "PUT", "/2020", "{\"template\":\"outline-2024\"}", 200)),
            Map.entry("REGION indicators", new Sample("?year=2020", "POST", "", "{}", 201)),
            Map.entry("REGION schools", new Sample("", "POST", "", "{}", 201)),
            Map.entry("PLATFORM indicators", new Sample("", "POST", "", "{}", 201)),
            Map.entry("PLATFORM admin", new Sample("/replica", "POST", "/replica:rebuild", "", 202)));

    private static final String OWN = "m" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OTHER = "n" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OWN_REGION = "360400";
    private static final String OTHER_REGION = "330400";
    private static final AtomicInteger counter = new AtomicInteger();

    private record Sample(String readPath, String writeMethod, String writePath, String body, int writeStatus) {
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryResourceFamily() {
        PlatformStack stack = PlatformStack.get();
        assertStatus(stack.gateway().withToken(TestTokens.shared().token(Role.ADMIN, OWN)).put("/api/v1/schools/" + OWN, PROFILE), 201);
        List<DynamicTest> cases = new ArrayList<>();
        for (ResourceFamily family : AccessPolicy.PLATFORM.families()) {
            Sample sample = SAMPLES.get(family.scope() + " " + family.name());
            cases.add(DynamicTest.dynamicTest(family.scope() + " " + family.name() + " has a sample request",
                    () -> assertThat(sample).as("add a sample request for this family to AccessMatrixIT").isNotNull()));
            if (sample == null) {
                continue;
            }
            List<String> tenants = switch (family.scope()) {
                case PLATFORM -> List.of(OWN);
                case SCHOOL -> List.of(OWN, OTHER);
                case REGION -> List.of(OWN_REGION, OTHER_REGION);
            };
            for (String tenant : tenants) {
                boolean own = tenant.equals(tenants.get(0));
                String where = family.scope() == Scope.PLATFORM ? "" : own ? " in its own tenant" : " in another tenant";
                for (Role role : Role.values()) {
                    ApiClient client = stack.gateway().withToken(
                            TestTokens.shared().token().roles(role).schools(OWN).regions(OWN_REGION).sign());
                    int read = !own ? 404 : family.readers().contains(role) ? 200 : 403;
                    int write = !own ? 404 : family.writers().contains(role) ? sample.writeStatus() : 403;
                    cases.add(DynamicTest.dynamicTest(role.claim() + " reads " + family.name() + where + ": " + read,
                            () -> assertStatus(client.get(path(family, tenant, sample.readPath())), read)));
                    cases.add(DynamicTest.dynamicTest(role.claim() + " writes " + family.name() + where + ": " + write,
                            () -> assertStatus(client.send(sample.writeMethod(),
                                    path(family, tenant, sample.writePath().replace("{n}", "" + counter.incrementAndGet())),
                                    "application/json", sample.body()), write)));
                }
            }
            String ownTenant = tenants.get(0);
            cases.add(DynamicTest.dynamicTest("no token for " + family.name() + ": 401",
                    () -> assertStatus(stack.gateway().get(path(family, ownTenant, sample.readPath())), 401)));
        }
        return cases.stream();
    }

    @Test
    void everyDocumentedPathBelongsToAFamilyOfItsService() {
        ApiClient gateway = PlatformStack.get().gateway();
        for (String service : PlatformStack.SERVICES) {
            JsonNode paths = gateway.get("/v3/api-docs/" + service).json().get("paths");
            for (String path : paths.propertyNames()) {
                String concrete = path.replace("{school}", OWN).replace("{region}", OWN_REGION).replaceAll("\\{[^}]+}", "x");
                assertThat(AccessPolicy.PLATFORM.familyOf(concrete).map(ResourceFamily::service))
                        .as(service + " documents " + path + " but the access policy has no family for it")
                        .contains(service);
            }
        }
    }

    @Test
    void tamperedTokensAre401AtTheGateway() {
        TestTokens tokens = TestTokens.shared();
        List<String> tampered = List.of(
                tokens.token().roles(Role.REGISTRAR).schools(OWN).unsigned(),
                tokens.token().roles(Role.REGISTRAR).schools(OWN).signWithForeignKey(),
                tokens.token().roles(Role.REGISTRAR).schools(OWN).expiresAt(Instant.now().minusSeconds(60)).sign(),
                tokens.token().roles(Role.REGISTRAR).schools(OWN).issuer("https://evil.example").sign(),
                tokens.token().roles(Role.REGISTRAR).schools(OWN).audience("another-app").sign());
        for (String token : tampered) {
            Response response = PlatformStack.get().gateway().withToken(token).get("/api/v1/schools/" + OWN + "/majors");
            assertStatus(response, 401);
        }
    }

    private static String path(ResourceFamily family, String tenant, String suffix) {
        if (family.name().equals(ResourceFamily.PROFILE)) {
            return "/api/v1/schools/" + tenant + suffix;
        }
        return switch (family.scope()) {
            case SCHOOL -> "/api/v1/schools/" + tenant + "/" + family.name() + suffix;
            case REGION -> "/api/v1/regions/" + tenant + "/" + family.name() + suffix;
            case PLATFORM -> "/api/v1/" + family.name() + suffix;
        };
    }

    private static void assertStatus(Response response, int expected) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
