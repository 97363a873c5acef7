package org.vetreport.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.AccessPolicy;
import org.vetreport.platform.access.ResourceFamily;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document the gateway shows for training-service: what a department system's developer reads. */
@PlatformIntegrationTest
class ApiDocumentIT {

    @LocalServerPort
    int port;

    private JsonNode document() {
        return new ApiClient("http://localhost:" + port).get("/v3/api-docs").json();
    }

    @Test
    void everyResourceHasATagDescribedInChineseAndEnglish() {
        JsonNode tags = document().get("tags");

        assertThat(tags.valueStream().map(t -> t.get("name").asString())).containsExactlyInAnyOrder("training-rooms",
                "partners", "apprenticeships", "internships", "training-sessions", "hosted-contests");
        assertThat(tags.valueStream().map(t -> t.get("description").asString()))
                .allMatch(description -> description.matches("(?s)\\p{IsHan}+: .*[a-z]{3,}.*"));
    }

    @Test
    void everyOperationHasASummaryItsProblemAnswersAndAPathOfATrainingFamily() {
        JsonNode paths = document().get("paths");
        List<String> operations = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            String concrete = path.replace("{school}", "jxtc").replaceAll("\\{[^}]+}", "x");
            assertThat(AccessPolicy.PLATFORM.familyOf(concrete).map(ResourceFamily::service)).as(path)
                    .contains("training-service");
            for (String method : paths.get(path).propertyNames()) {
                JsonNode operation = paths.get(path).get(method);
                assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
                assertThat(operation.get("responses").has("401")).as(method + " " + path).isTrue();
                operations.add(method + " " + path);
            }
        }
        assertThat(operations).contains("put /api/v1/schools/{school}/training-rooms/{code}",
                "get /api/v1/schools/{school}/partners", "put /api/v1/schools/{school}/internships/{key}",
                "post /api/v1/schools/{school}/hosted-contests", "put /api/v1/schools/{school}/hosted-contests/{id}",
                "post /api/v1/schools/{school}/training-sessions:import",
                "get /api/v1/schools/{school}/apprenticeships/{code}/history");
        assertThat(operations).hasSize(6 * 6 + 1);
        JsonNode put = paths.get("/api/v1/schools/{school}/internships/{key}").get("put").get("responses");
        assertThat(put.get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(put.has("412")).isTrue();
        assertThat(paths.get("/api/v1/schools/{school}/hosted-contests").get("post").get("parameters").valueStream()
                .map(p -> p.get("name").asString())).contains("Idempotency-Key");
    }

    @Test
    void requestSchemasDescribeTheirFieldsAndListTheEnumValues() {
        JsonNode schemas = document().get("components").get("schemas");

        for (String name : List.of("TrainingRoomInput", "PartnerInput", "ApprenticeshipInput", "InternshipInput",
                "TrainingSessionInput", "HostedContestInput", "TrainingRoom", "Partner", "Apprenticeship", "Internship",
                "TrainingSession", "HostedContest")) {
            assertThat(schemas.get(name).get("description")).as(name).isNotNull();
        }
        JsonNode kinds = schemas.get("PartnerInput").get("properties").get("kinds");
        assertThat(kinds.get("description").asString()).contains("现代学徒制", "实习基地");
        assertThat(kinds.get("items").get("enum").valueStream().map(JsonNode::asString)).containsExactly("APPRENTICESHIP",
                "INTERNSHIP_BASE", "CO_BUILT_LAB", "INDUSTRY_COLLEGE", "GROUP_MEMBER", "TRAINING_CLIENT");
        JsonNode session = schemas.get("TrainingSessionInput").get("properties");
        assertThat(session.get("programme").get("enum").size()).isEqualTo(8);
        assertThat(session.get("audience").get("enum").size()).isEqualTo(8);
        assertThat(session.get("trainees").get("example").asInt()).isEqualTo(120);
        assertThat(schemas.get("InternshipInput").get("properties").get("kind").get("enum").valueStream()
                .map(JsonNode::asString)).containsExactly("PLACEMENT", "COGNITION", "FOLLOW_UP");
        assertThat(schemas.get("TrainingRoomInput").get("properties").get("area").get("description").asString())
                .contains("m²");
    }
}
