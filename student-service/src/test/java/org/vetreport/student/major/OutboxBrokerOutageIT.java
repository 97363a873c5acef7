package org.vetreport.student.major;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.PlatformIntegrationTest;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;

/** Short producer timeouts, so that the outage outlasts them and the relay has to keep the events stored. */
@PlatformIntegrationTest
@TestPropertySource(properties = {
        "spring.kafka.producer.properties.delivery.timeout.ms=1500",
        "spring.kafka.producer.properties.request.timeout.ms=1000",
        "spring.kafka.producer.properties.max.block.ms=1000"})
class OutboxBrokerOutageIT {

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    EntityStore<Major> majors;

    @Test
    void writesAreAcceptedWhileTheBrokerIsDownAndEveryEventArrivesOnceItIsBack() {
        String school = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.REGISTRAR, school));
        api.put("/api/v1/schools/" + school + "/majors/before", "{\"name\":\"before\",\"openedOn\":\"2015-09-01\"}");

        infrastructure.stopKafka();
        List<Integer> statuses;
        try {
            statuses = IntStream.range(0, 20).mapToObj(i -> api.put("/api/v1/schools/" + school + "/majors/m" + i,
                    "{\"name\":\"major " + i + "\",\"openedOn\":\"2015-09-01\"}").status()).toList();
            // longer than the producer's delivery timeout: every send of the relay fails meanwhile
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
                    .until(() -> majors.countPendingDocuments() >= 20);
        } finally {
            infrastructure.startKafka();
        }

        assertThat(statuses).containsOnly(201);
        Set<String> expected = IntStream.range(0, 20).mapToObj(i -> school + ":m" + i).collect(Collectors.toSet());
        try (TopicProbe topic = TopicProbe.fromBeginning(infrastructure.kafkaBootstrapServers(), Topics.STUDENT_MAJORS.name())) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(
                    received -> received.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(expected),
                    Duration.ofSeconds(60));
            assertThat(records).extracting(ConsumerRecord::key).contains(school + ":before");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> majors.countPendingDocuments() == 0);
    }
}
