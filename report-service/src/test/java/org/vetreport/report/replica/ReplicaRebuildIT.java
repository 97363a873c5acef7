package org.vetreport.report.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vetreport.platform.access.Role;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.test.ApiClient;
import org.vetreport.platform.test.Infrastructure;
import org.vetreport.platform.test.Records;
import org.vetreport.platform.test.TestTokens;
import org.vetreport.platform.test.TopicProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilding the replica from the compacted topics on the real broker and database, while the live consumer keeps
 * applying and readers keep reading.
 */
@ReplicaOperationsTest
class ReplicaRebuildIT {

    /** Records of another school, so that a rebuild takes long enough for readers to read while it runs. */
    private static final int FILLER = 3000;
    private static final String REBUILD = ReplicaAdminController.STATUS + ":rebuild";
    private static boolean filled;

    @LocalServerPort
    int port;

    @Autowired
    Infrastructure infrastructure;

    @Autowired
    Replicas replicas;

    @Autowired
    ReplicaRebuild rebuild;

    @Autowired
    MongoDatabase database;

    @Autowired
    JsonMapper json;

    String school;
    TestEvents events;
    ApiClient admin;
    ApiClient viewer;

    @BeforeEach
    void setUp() {
        school = "b" + UUID.randomUUID().toString().substring(0, 8);
        events = new TestEvents(infrastructure.kafkaBootstrapServers(), school);
        ApiClient api = new ApiClient("http://localhost:" + port);
        admin = api.withToken(TestTokens.shared().token(Role.ADMIN, school));
        viewer = api.withToken(TestTokens.shared().token(Role.VIEWER, school));
        if (!filled) {
            try (TestEvents filler = new TestEvents(infrastructure.kafkaBootstrapServers(), "filler")) {
                filler.publishMany(IntStream.range(0, FILLER).mapToObj(i -> filler.change(Topics.STUDENT_MAJORS,
                        "F" + i, 1, TestEvents.major("F" + i, null))).toList());
            }
            filled = true;
        }
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    /**
     * Majors with an update, a deletion and a duplicate, and records of three more topics.
     *
     * @return how many distinct events were published
     */
    private int publishSchoolRecords() {
        List<ChangeEvent> distinct = List.of(
                events.change(Topics.STUDENT_MAJORS, "a", 1, TestEvents.major("a", null)),
                events.change(Topics.STUDENT_MAJORS, "a", 2, TestEvents.major("a", "2020-06-01")),
                events.change(Topics.STUDENT_MAJORS, "b", 1, TestEvents.major("b", null)),
                events.tombstone(Topics.STUDENT_MAJORS, "b", 2),
                events.change(Topics.STUDENT_MAJORS, "c", 1, TestEvents.major("c", null)),
                events.change(Topics.FACULTY_STAFF, "S1", 1, "{\"staffNo\":\"S1\",\"gender\":\"F\",\"birthYear\":1985,"
                        + "\"employment\":\"FULL_TIME\",\"role\":\"FULL_TIME_TEACHER\",\"courseCategory\":\"PROFESSIONAL\","
                        + "\"hiredOn\":\"2015-09-01\",\"leftOn\":null,\"qualificationHistory\":[{\"effectiveOn\":\"2015-09-01\","
                        + "\"education\":\"MASTER\",\"degree\":\"MASTER\",\"title\":\"SENIOR\",\"dualQualified\":true}]}"),
                events.change(Topics.FINANCE_INCOME, "V1", 1, "{\"voucherNo\":\"V1\",\"postedOn\":\"2020-03-01\","
                        + "\"category\":\"FISCAL_SUBSIDY\",\"nature\":\"BASIC\",\"signedAmount\":125000.50}"),
                events.change(Topics.TRAINING_ROOMS, "R1", 1, "{\"code\":\"R1\",\"base\":\"main\",\"majorCodes\":[\"a\"],"
                        + "\"area\":120.5,\"workstations\":40,\"openedOn\":\"2016-09-01\",\"closedOn\":null}"));
        distinct.forEach(events::publish);
        events.publish(distinct.get(4));
        return distinct.size();
    }

    private JsonNode indicators() {
        ApiClient.Response response = viewer.get("/api/v1/schools/" + school + "/indicators?year=2020");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("indicators");
    }

    private long indicator(String id) {
        return indicators().valueStream().filter(value -> value.get("id").asString().equals(id)).findFirst()
                .orElseThrow().get("value").asLong();
    }

    private long auditTotal() {
        return admin.get("/api/v1/schools/" + school + "/audit?size=100").json().get("total").asLong();
    }

    private RebuildStatus awaitFinished() {
        await().atMost(Duration.ofSeconds(120)).until(() -> !rebuild.status().orElseThrow().isRunning());
        return rebuild.status().orElseThrow();
    }

    private Document replicaOf(String school, String key) {
        return replicas.of(Topics.STUDENT_MAJORS).collection().find(new Document("_id", school + ":" + key)).first();
    }

    @Test
    void aRebuildGivesTheSameFiguresWhileReadersKeepGettingThemAndTheLiveConsumerKeepsApplying() {
        int published = publishSchoolRecords();
        await().atMost(Duration.ofSeconds(120)).until(() -> auditTotal() == published && indicator("majors.count") == 1);
        JsonNode before = indicators();
        int generation = replicas.activeGeneration();
        AtomicBoolean reading = new AtomicBoolean(true);
        CompletableFuture<List<Read>> readers = CompletableFuture.supplyAsync(() -> {
            List<Read> reads = new ArrayList<>();
            while (reading.get()) {
                boolean runningBefore = rebuild.status().map(RebuildStatus::isRunning).orElse(false);
                ApiClient.Response response = viewer.get("/api/v1/schools/" + school + "/indicators?year=2020");
                boolean runningAfter = rebuild.status().map(RebuildStatus::isRunning).orElse(false);
                reads.add(new Read(response.status(), response.status() == 200 ? response.json().get("indicators") : null,
                        runningBefore && runningAfter));
            }
            return reads;
        });

        ApiClient.Response started = admin.post(REBUILD, "application/json", "");
        String other = "o" + UUID.randomUUID().toString().substring(0, 8);
        try (TestEvents otherSchool = new TestEvents(infrastructure.kafkaBootstrapServers(), other)) {
            otherSchool.publish(otherSchool.change(Topics.STUDENT_MAJORS, "during", 1, TestEvents.major("during", null)));
            RebuildStatus finished = awaitFinished();
            reading.set(false);
            otherSchool.publish(otherSchool.change(Topics.STUDENT_MAJORS, "after", 1, TestEvents.major("after", null)));

            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            assertThat(started.header("Location")).endsWith(ReplicaAdminController.STATUS);
            assertThat(started.json().get("generation").asInt()).isEqualTo(generation + 1);
            assertThat(finished.state()).isEqualTo(RebuildStatus.State.COMPLETED);
            assertThat(finished.applied()).isGreaterThanOrEqualTo(FILLER + published);
            List<Read> reads = readers.join();
            assertThat(reads).allSatisfy(read -> assertThat(read.status()).isEqualTo(200));
            assertThat(reads).allSatisfy(read -> assertThat(read.indicators()).isEqualTo(before));
            assertThat(reads).filteredOn(Read::duringRebuild).isNotEmpty();
            assertThat(indicators()).isEqualTo(before);
            assertThat(replicas.activeGeneration()).isEqualTo(generation + 1);
            assertThat(replicas.of(Topics.STUDENT_MAJORS).collection().getNamespace().getCollectionName())
                    .isEqualTo(ReplicaGeneration.collectionName(generation + 1, Topics.STUDENT_MAJORS));
            assertThat(replicaOf(school, "b").getBoolean("deleted")).isTrue();
            await().atMost(Duration.ofSeconds(20)).until(() -> replicaOf(other, "during") != null && replicaOf(other, "after") != null);
            assertThat(auditTotal()).isEqualTo(published);
            await().atMost(Duration.ofSeconds(20)).until(() -> database.listCollectionNames().into(new ArrayList<>())
                    .stream().noneMatch(name -> ReplicaGeneration.generationOf(name).orElse(generation + 1) == generation));
            assertThat(new Replicas(database, json, PayloadContract.NONE).activeGeneration()).as("after a restart").isEqualTo(generation + 1);
        }
    }

    @Test
    void aSecondRequestWhileRebuildingIsAConflictAndAPoisonRecordIsDeadLetteredWithoutStoppingEitherConsumer() {
        events.publishPoison(Topics.STUDENT_MAJORS, "poison");
        int generation = replicas.activeGeneration();

        try (TopicProbe deadLetters = TopicProbe.fromBeginning(infrastructure.kafkaBootstrapServers(),
                Topics.STUDENT_MAJORS.deadLetterName())) {
            ApiClient.Response first = admin.post(REBUILD, "application/json", "");
            ApiClient.Response second = admin.post(REBUILD, "application/json", "");
            RebuildStatus finished = awaitFinished();
            events.publish(events.change(Topics.STUDENT_MAJORS, "after", 1, TestEvents.major("after", null)));

            assertThat(first.status()).as(first.toString()).isEqualTo(202);
            assertThat(second.status()).as(second.toString()).isEqualTo(409);
            assertThat(second.header("Content-Type")).startsWith("application/problem+json");
            assertThat(second.json().get("detail").asString()).contains("being rebuilt into generation " + (generation + 1));
            assertThat(finished.state()).isEqualTo(RebuildStatus.State.COMPLETED);
            assertThat(finished.deadLettered()).isPositive();
            deadLetters.awaitRecords(records -> records.stream().anyMatch(record -> record.key().equals(school + ":poison")
                    && String.valueOf(generation + 1).equals(Records.header(record, ReplicaRebuild.GENERATION_HEADER))),
                    Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(20)).until(() -> replicaOf(school, "after") != null);
        }
    }

    @Test
    void whileAShadowGenerationIsOpenTheLiveConsumerAppliesEachChangeToItTooAndAuditsItOnce() {
        ReplicaGeneration shadow = replicas.openShadow();
        try {
            events.publish(events.change(Topics.STUDENT_MAJORS, "live", 1, TestEvents.major("live", null)));

            await().atMost(Duration.ofSeconds(20)).until(() -> shadow.of(Topics.STUDENT_MAJORS).collection()
                    .find(new Document("_id", school + ":live")).first() != null);
            assertThat(replicaOf(school, "live")).isNotNull();
            assertThat(auditTotal()).isEqualTo(1);
        } finally {
            replicas.abandonShadow();
        }
        assertThat(replicas.activeGeneration()).isEqualTo(shadow.number() - 1);
        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .doesNotContain(ReplicaGeneration.collectionName(shadow.number(), Topics.STUDENT_MAJORS));
    }

    private record Read(int status, JsonNode indicators, boolean duringRebuild) {
    }
}
