package org.vetreport.faculty;

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

/** The OpenAPI document the gateway shows for faculty-service: what a department system's developer reads. */
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

        assertThat(tags.valueStream().map(t -> t.get("name").asString()))
                .contains("staff", "teacher-trainings", "honours", "research-outputs", "electives");
        assertThat(tags.valueStream().map(t -> t.get("description").asString()))
                .allMatch(description -> description.matches("(?s)\\p{IsHan}+: .*[a-z]{3,}.*"));
    }

    @Test
    void everyOperationHasASummaryItsProblemAnswersAndAPathOfAFacultyFamily() {
        JsonNode paths = document().get("paths");
        List<String> operations = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            String concrete = path.replace("{school}", "jxtc").replaceAll("\\{[^}]+}", "x");
            assertThat(AccessPolicy.PLATFORM.familyOf(concrete).map(ResourceFamily::service)).as(path).contains("faculty-service");
            for (String method : paths.get(path).propertyNames()) {
                JsonNode operation = paths.get(path).get(method);
                assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
                assertThat(operation.get("responses").has("401")).as(method + " " + path).isTrue();
                operations.add(method + " " + path);
            }
        }
        assertThat(operations).contains("post /api/v1/schools/{school}/staff/{staffNo}/qualification-changes",
                "post /api/v1/schools/{school}/research-outputs", "put /api/v1/schools/{school}/electives/{key}");
        JsonNode put = paths.get("/api/v1/schools/{school}/staff/{staffNo}").get("put").get("responses");
        assertThat(put.get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(put.has("412")).isTrue();
    }

    @Test
    void requestSchemasDescribeTheirFieldsAndListTheEnumValues() {
        JsonNode schemas = document().get("components").get("schemas");

        for (String name : List.of("StaffInput", "QualificationChange", "TeacherTrainingInput", "HonourInput",
                "ResearchOutputInput", "ElectiveInput", "Staff", "TeacherTraining", "Honour", "ResearchOutput", "Elective")) {
            assertThat(schemas.get(name).get("description")).as(name).isNotNull();
        }
        JsonNode employment = schemas.get("StaffInput").get("properties").get("employment");
        assertThat(employment.get("description").asString()).contains("在编", "外聘");
        assertThat(employment.get("enum").valueStream().map(JsonNode::asString))
                .containsExactly("ESTABLISHED", "CONTRACT", "PART_TIME", "EXTERNAL");
        assertThat(schemas.get("QualificationChange").get("properties").get("title").get("enum").size()).isEqualTo(5);
        assertThat(schemas.get("TeacherTrainingInput").get("properties").get("hours").get("example").asInt()).isEqualTo(40);
    }
}
