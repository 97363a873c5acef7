package org.vetreport.student.major;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

/** The service validates tokens itself and applies the access policy, whatever the gateway did before. */
@PlatformIntegrationTest
class MajorsAccessIT {

    private static final String BODY = "{\"name\":\"电子商务\",\"openedOn\":\"2016-09-01\"}";

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    TestTokens tokens = TestTokens.shared();
    ApiClient anonymous;
    String school;

    @BeforeEach
    void setUp() {
        anonymous = new ApiClient("http://localhost:" + port);
        school = "a" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String majors() {
        return "/api/v1/schools/" + school + "/majors";
    }

    @Test
    void withoutATokenEveryApiCallIs401ButHealthAndApiDocsAreOpen() {
        Response response = anonymous.get(majors());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").json().get("components").get("securitySchemes").has("bearer")).isTrue();
    }

    @Test
    void theApiDocumentDescribesTheProblemAnswersOfEveryOperation() {
        JsonNode paths = anonymous.get("/v3/api-docs").json().get("paths");

        JsonNode put = paths.get("/api/v1/schools/{school}/majors/{code}").get("put").get("responses");
        JsonNode get = paths.get("/api/v1/schools/{school}/majors").get("get").get("responses");
        assertThat(put.has("412")).isTrue();
        assertThat(put.get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(get.has("404")).isTrue();
        assertThat(get.has("412")).isFalse();
    }

    @Test
    void tamperedTokensAre401() {
        assertUnauthorized(tokens.token().roles(Role.REGISTRAR).schools(school).unsigned());
        assertUnauthorized(tokens.token().roles(Role.REGISTRAR).schools(school).signWithForeignKey());
        assertUnauthorized(tokens.token().roles(Role.REGISTRAR).schools(school).expiresAt(Instant.now().minusSeconds(3600)).sign());
        assertUnauthorized(tokens.token().roles(Role.REGISTRAR).schools(school).issuer("https://evil.example").sign());
        assertUnauthorized(tokens.token().roles(Role.REGISTRAR).schools(school).audience("another-app").sign());
        assertUnauthorized("not.a.token");
    }

    @Test
    void aRoleThatDoesNotOwnMajorsIsForbiddenInItsOwnSchool() {
        ApiClient viewer = anonymous.withToken(tokens.token(Role.VIEWER, school));

        assertThat(viewer.get(majors()).status()).isEqualTo(403);
        Response write = viewer.put(majors() + "/M1", BODY);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anotherSchoolIsNotFoundAndCannotBeWritten() {
        ApiClient registrar = anonymous.withToken(tokens.token(Role.REGISTRAR, school));
        ApiClient stranger = anonymous.withToken(tokens.token(Role.REGISTRAR, "elsewhere"));
        registrar.put(majors() + "/M1", BODY);

        assertThat(stranger.get(majors() + "/M1").status()).isEqualTo(404);
        assertThat(stranger.get(majors()).status()).isEqualTo(404);
        assertThat(stranger.put(majors() + "/M2", BODY).status()).isEqualTo(404);
        assertThat(stranger.delete(majors() + "/M1").status()).isEqualTo(404);
        assertThat(registrar.get(majors()).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theWriterIsRecordedAsTheTokensSubjectInTheEntityAndTheEvent() {
        ApiClient registrar = anonymous.withToken(tokens.token().subject("registrar-42").roles(Role.REGISTRAR).schools(school).sign());
        try (TopicProbe topic = TopicProbe.fromNow(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            Response created = registrar.put(majors() + "/M1", BODY);

            assertThat(created.json().get("updatedBy").asString()).isEqualTo("registrar-42");
            ConsumerRecord<String, byte[]> event = topic.awaitRecords(r -> !r.isEmpty(), Duration.ofSeconds(20)).get(0);
            assertThat(Records.header(event, "ce_actor")).isEqualTo("registrar-42");
        }
    }

    private void assertUnauthorized(String token) {
        Response response = anonymous.withToken(token).get(majors());
        assertThat(response.status()).as(token).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
