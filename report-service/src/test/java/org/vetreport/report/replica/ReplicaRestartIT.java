package org.vetreport.report.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.report.ReportServiceApplication;

/**
 * The report service stopped while it is working through a backlog and started again on the same database and
 * broker. The first instance commits no offset for what it applies, as one killed before its next commit would: the
 * second reads every event the first had applied once more. Each application context has a database and a consumer group of its
 * own, so nothing else in the test JVM reads or writes what this test counts.
 */
class ReplicaRestartIT {

    private static final int STUDENTS = 2000;
    /** Students that also get a second version, so that the backlog holds more events than the replica entities. */
    private static final int UPDATED = 1000;

    private final Infrastructure infrastructure = Infrastructure.select(System.getProperty(Infrastructure.SWITCH));
    private final String school = "k" + UUID.randomUUID().toString().substring(0, 8);
    private final String databaseName = "test-restart-" + UUID.randomUUID();
    private final String group = "report-service-restart-test-" + UUID.randomUUID();
    private MongoClient mongo;
    private MongoDatabase database;
    private ConfigurableApplicationContext running;

    @BeforeEach
    void setUp() {
        mongo = MongoClients.create(infrastructure.mongoConnectionString());
        database = mongo.getDatabase(databaseName);
    }

    @AfterEach
    void tearDown() {
        if (running != null) {
            running.close();
        }
        database.drop();
        mongo.close();
    }

    private ConfigurableApplicationContext startReportService(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(TestTokens.shared().resourceServerProperties());
        properties.put("server.port", "0");
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", infrastructure.mongoConnectionString());
        properties.put("spring.mongodb.database", databaseName);
        properties.put("spring.kafka.consumer.group-id", group);
        properties.putAll(extra);
        // as command-line arguments: they override the service's application.yml, as they do for a deployed service
        running = new SpringApplicationBuilder(ReportServiceApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
        return running;
    }

    private List<ChangeEvent> publishBacklog() {
        try (TestEvents events = new TestEvents(infrastructure.kafkaBootstrapServers(), school)) {
            List<ChangeEvent> backlog = new ArrayList<>();
            IntStream.range(0, STUDENTS).forEach(i -> backlog.add(events.change(Topics.STUDENT_STUDENTS, "S" + i, 1, student("S" + i, 1))));
            IntStream.range(0, UPDATED).forEach(i -> backlog.add(events.change(Topics.STUDENT_STUDENTS, "S" + i, 2, student("S" + i, 2))));
            events.publishMany(backlog);
            return backlog;
        }
    }

    private static String student(String studentNo, int version) {
        return """
                {"studentNo":"%s","gender":"M","majorCode":"0101","className":"class %d","programme":"THREE_YEAR",
                 "fullTime":true,"enrolledOn":"2019-09-01","expectedGraduationOn":"2022-07-01",
                 "statusHistory":[{"status":"ENROLLED","effectiveOn":"2019-09-01","reason":null}]}
                """.formatted(studentNo, version);
    }

    private long replicated() {
        return database.getCollection(ReplicaGeneration.collectionName(ReplicaGeneration.FIRST, Topics.STUDENT_STUDENTS))
                .countDocuments(new Document("school", school));
    }

    private List<String> auditedEventIds() {
        List<String> ids = new ArrayList<>();
        database.getCollection("audit").find(new Document("school", school)).forEach(entry -> ids.add(entry.getString("_id")));
        return ids;
    }

    @Test
    void aRestartInTheMiddleOfABacklogReplaysWhatWasAppliedWithoutCountingAnythingTwice() throws Exception {
        // the listener waits for the backlog; the context creates the topics it is published to
        ConfigurableApplicationContext first = startReportService(Map.of(
                "spring.kafka.listener.auto-startup", "false",
                "spring.kafka.listener.ack-mode", "manual",
                // small polls, so that stopping finishes one short batch rather than most of the backlog
                "spring.kafka.consumer.max-poll-records", "10"));
        Map<TopicPartition, Long> backlogStart = endOffsets();
        List<ChangeEvent> backlog = publishBacklog();
        first.getBean(KafkaListenerEndpointRegistry.class).start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> replicated() > 0);
        // the listener first, at once: closing the context stops the web server before it, and a poll applies in
        // bulk, fast enough to finish the whole backlog meanwhile
        first.getBean(KafkaListenerEndpointRegistry.class).stop();
        first.close();
        running = null;
        int appliedBeforeTheRestart = auditedEventIds().size();
        assertThat(appliedBeforeTheRestart).as("events applied before the restart").isBetween(1, backlog.size() - 1);
        // it does commit past a record it dead-letters, and other tests leave such records on the broker; but
        // none on this topic after the backlog's start
        committedOffsets().forEach((partition, offset) -> {
            if (partition.topic().equals(Topics.STUDENT_STUDENTS.name())) {
                assertThat(offset.offset()).as("committed on " + partition).isLessThanOrEqualTo(backlogStart.get(partition));
            }
        });

        ConfigurableApplicationContext second = startReportService(Map.of());
        await().atMost(Duration.ofSeconds(120)).until(this::caughtUp);

        List<String> audited = auditedEventIds();
        assertThat(audited).hasSize(backlog.size());
        assertThat(new HashSet<>(audited)).isEqualTo(eventIds(backlog));
        assertThat(replicated()).isEqualTo(STUDENTS);
        assertThat(database.getCollection(ReplicaGeneration.collectionName(ReplicaGeneration.FIRST, Topics.STUDENT_STUDENTS))
                .countDocuments(new Document("school", school).append("version", 2L))).isEqualTo(UPDATED);
        String port = second.getEnvironment().getProperty("local.server.port");
        ApiClient viewer = new ApiClient("http://localhost:" + port).withToken(TestTokens.shared().token(Role.VIEWER, school));
        ApiClient.Response enrolled = viewer.get("/api/v1/schools/" + school + "/indicators?year=2020&ids=students.enrolled");
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(200);
        assertThat(enrolled.json().get("indicators").get(0).get("value").asLong()).isEqualTo(STUDENTS);
    }

    private static Set<String> eventIds(List<ChangeEvent> events) {
        Set<String> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.id()));
        return ids;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        }
    }

    /** Where the next record of each partition of the students' topic will go. */
    private Map<TopicPartition, Long> endOffsets() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.STUDENT_STUDENTS.name())).allTopicNames().get().values()
                    .forEach(topic -> topic.partitions().forEach(partition ->
                            latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }
    }

    /** The group has committed every record of the students' topic: every event of the backlog has been applied. */
    private boolean caughtUp() throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets();
        return endOffsets().entrySet().stream().allMatch(end ->
                (committed.containsKey(end.getKey()) ? committed.get(end.getKey()).offset() : 0) >= end.getValue());
    }
}
