package org.vetreport.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vetreport.platform.test.ApiClient.Response;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;

/** Assertions the finance integration tests share. */
public final class FinanceIT {

    private FinanceIT() {
    }

    public static List<ConsumerRecord<String, byte[]>> ofSchool(String school, List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> r.key().startsWith(school + ":")).toList();
    }

    /** The first event of the school the probe sees, waiting for it. */
    public static ConsumerRecord<String, byte[]> firstEvent(TopicProbe topic, String school) {
        return ofSchool(school, topic.awaitRecords(r -> !ofSchool(school, r).isEmpty(), Duration.ofSeconds(20))).get(0);
    }

    /** The one field error of a 400. */
    public static JsonNode onlyError(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").size()).as(response.body()).isEqualTo(1);
        return response.json().get("errors").get(0);
    }

    public static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    public static void expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
