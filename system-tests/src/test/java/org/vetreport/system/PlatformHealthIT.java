package org.vetreport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.ServiceProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What operators and API users rely on from every service: probes, metrics, JSON logs, one API document. */
class PlatformHealthIT {

    @Test
    void everyServiceHasLivenessReadinessAndPrometheusMetrics() {
        PlatformStack stack = PlatformStack.get();
        for (String name : PlatformStack.SERVICES) {
            ApiClient service = new ApiClient(stack.process(name).baseUrl());
            assertThat(service.get("/actuator/health/liveness").status()).as(name).isEqualTo(200);
            assertThat(service.get("/actuator/health/readiness").status()).as(name).isEqualTo(200);
            assertThat(service.get("/actuator/prometheus").body()).as(name)
                    .contains("jvm_memory_used_bytes", "application=\"" + name + "\"");
        }
        assertThat(stack.gateway().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void everyServiceLogsStructuredJsonNamingItself() throws IOException {
        PlatformStack stack = PlatformStack.get();
        JsonMapper json = JsonMapper.builder().build();
        for (String name : PlatformStack.SERVICES) {
            ServiceProcess process = stack.process(name);
            List<String> lines = Files.readAllLines(process.log()).stream().filter(l -> l.startsWith("{")).toList();
            assertThat(lines).as(name).isNotEmpty();
            JsonNode first = json.readTree(lines.get(0));
            assertThat(first.get("@timestamp")).as(name).isNotNull();
            assertThat(first.get("service").get("name").asString()).isEqualTo(name);
        }
    }

    @Test
    void everyServiceAndTheGatewayPublishLatencyHistogramsForQuantilesAcrossInstances() {
        PlatformStack stack = PlatformStack.get();
        for (String name : PlatformStack.SERVICES) {
            ApiClient service = new ApiClient(stack.process(name).baseUrl());
            service.get("/actuator/health");
            assertThat(service.get("/actuator/prometheus").body()).as(name)
                    .contains("http_server_requests_seconds_bucket{");
        }
        stack.gateway().get("/actuator/health");
        assertThat(stack.gateway().get("/actuator/prometheus").body()).contains("http_server_requests_seconds_bucket{");
    }

    @Test
    void theGatewayServesEveryServicesOpenApiDocumentForOneSwaggerUi() {
        ApiClient gateway = PlatformStack.get().gateway();

        assertThat(gateway.get("/swagger-ui.html").status()).isIn(200, 302);
        for (String name : PlatformStack.SERVICES) {
            JsonNode document = gateway.get("/v3/api-docs/" + name).json();
            assertThat(document.get("openapi").asString()).as(name).startsWith("3.");
            assertThat(document.get("info").get("title").asString()).isEqualTo(name);
        }
        assertThat(gateway.get("/v3/api-docs/student-service").json().get("paths").has("/api/v1/schools/{school}/majors/{code}")).isTrue();
        assertThat(gateway.get("/v3/api-docs/report-service").json().get("paths").has("/api/v1/schools/{school}/indicators")).isTrue();
    }
}
