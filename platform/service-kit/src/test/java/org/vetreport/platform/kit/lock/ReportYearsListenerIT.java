package org.vetreport.platform.kit.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.events.KafkaChangeEvents;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.infra.KraftBroker;
import tools.jackson.databind.json.JsonMapper;

/** A service's start waits until it knows the locked years, and refuses writes while it cannot know them. */
class ReportYearsListenerIT {

    @TempDir
    Path data;

    KraftBroker broker;
    ReportYearsListener listener;

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.stop();
        }
        broker.close();
    }

    private ReportYearsListener listener(LockedPeriods locks, Duration startupWait) {
        // a short API timeout, so that a look for the topic while the broker is down is retried soon
        return new ReportYearsListener(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000, ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000),
                "test-service-" + UUID.randomUUID(), locks, JsonMapper.builder().build(), startupWait);
    }

    private void lockYear(String school, int year) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.REPORT_YEARS.name(), 3, (short) 1))).all().get();
        }
        String payload = "{\"school\":\"" + school + "\",\"year\":" + year + ",\"from\":\"" + (year - 1)
                + "-09-01\",\"to\":\"" + year + "-08-31\",\"status\":\"LOCKED\"}";
        ChangeEvent event = new ChangeEvent(UUID.randomUUID().toString(), "report-year.updated", "/report-service",
                Instant.now(), Topics.REPORT_YEARS, EventKey.parse(school + ":" + year), 1, "editor",
                payload.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(KafkaChangeEvents.toRecord(event)).get();
        }
    }

    @Test
    void aYearLockedBeforeTheServiceStartedIsKnownWhenItsStartReturns() throws Exception {
        broker = new KraftBroker(data.resolve("kafka"), 0).start();
        lockYear("jxtc", 2024);
        LockedPeriods locks = new LockedPeriods();
        listener = listener(locks, Duration.ofSeconds(30));

        listener.start();

        assertThat(locks.isKnown()).isTrue();
        assertThat(locks.anyLocked("jxtc")).isTrue();
    }

    @Test
    void withoutTheTopicNothingIsLockedAndTheLocksAreKnownAtOnce() {
        broker = new KraftBroker(data.resolve("kafka"), 0).start();
        LockedPeriods locks = new LockedPeriods();
        listener = listener(locks, Duration.ofSeconds(30));

        listener.start();

        assertThat(locks.isKnown()).isTrue();
        assertThat(locks.anyLocked("jxtc")).isFalse();
    }

    @Test
    void aServiceStartedWhileTheBrokerIsDownRefusesWritesUntilItHasReadTheLocks() throws Exception {
        broker = new KraftBroker(data.resolve("kafka"), 0).start();
        lockYear("jxtc", 2024);
        broker.stop();
        LockedPeriods locks = new LockedPeriods();
        listener = listener(locks, Duration.ofSeconds(1));

        listener.start();
        assertThatThrownBy(locks::requireKnown).isInstanceOf(YearLocksUnknownException.class);

        broker.start();
        await().atMost(Duration.ofSeconds(60)).until(locks::isKnown);
        assertThat(locks.anyLocked("jxtc")).isTrue();
    }
}
