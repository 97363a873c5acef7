package org.vetreport.platform.infra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the MongoDB features the platform's stores rely on, so that a change of mongo-java-server that breaks
 * one of them fails here rather than somewhere in a service.
 */
class MongoWireServerTest {

    @Test
    void conditionalUpdatesArrayOperatorsAndBulkWritesWorkThroughTheRealDriver() {
        try (MongoWireServer server = MongoWireServer.inMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> entities = client.getDatabase("t").getCollection("entities");
            entities.createIndex(Indexes.ascending("pending"), new IndexOptions().sparse(true));
            entities.insertOne(new Document("_id", "s:1").append("version", 1L)
                    .append("pending", new Date(1000)).append("outbox", List.of(new Document("id", "a"))));

            long matchedWithStaleVersion = entities.updateOne(and(eq("_id", "s:1"), eq("version", 0L)),
                    Updates.set("data", "x")).getMatchedCount();
            entities.updateOne(and(eq("_id", "s:1"), eq("version", 1L)), Updates.combine(
                    Updates.set("version", 2L), Updates.min("pending", new Date(2000)),
                    Updates.push("outbox", new Document("id", "b"))));

            assertThat(matchedWithStaleVersion).isZero();
            assertThat(entities.find(exists("pending")).first().getList("outbox", Document.class)).hasSize(2);
            assertThat(entities.find().first().getDate("pending")).isEqualTo(new Date(1000));

            entities.bulkWrite(List.of(
                    new UpdateOneModel<>(and(eq("_id", "s:1"), eq("version", 1L)),
                            Updates.combine(Updates.unset("outbox"), Updates.unset("pending"))),
                    new UpdateOneModel<>(eq("_id", "s:1"),
                            Updates.pull("outbox", new Document("id", new Document("$in", List.of("a")))))));

            Document after = entities.find().first();
            assertThat(after.getList("outbox", Document.class)).extracting(d -> d.getString("id")).containsExactly("b");
            assertThat(after.get("pending")).isNotNull();
        }
    }

    @Test
    void aReplacementConditionedOnTheVersionAppliesOnlyToThatVersion() {
        try (MongoWireServer server = MongoWireServer.inMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> replica = client.getDatabase("t").getCollection("replica");
            replica.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            replica.insertOne(new Document("_id", "s:1").append("version", 5L));

            long stale = replica.replaceOne(and(eq("_id", "s:1"), eq("version", 4L)), new Document("_id", "s:1").append("version", 6L))
                    .getMatchedCount();
            long current = replica.replaceOne(and(eq("_id", "s:1"), eq("version", 5L)), new Document("_id", "s:1").append("version", 6L))
                    .getMatchedCount();

            assertThat(stale).isZero();
            assertThat(current).isOne();
            assertThatThrownBy(() -> replica.insertOne(new Document("_id", "s:1").append("version", 7L)))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void decimalsStayExactAndGroupAggregationWorks() {
        try (MongoWireServer server = MongoWireServer.inMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> income = client.getDatabase("t").getCollection("income");
            income.insertMany(List.of(
                    new Document("school", "a").append("amount", new Decimal128(new java.math.BigDecimal("0.10"))),
                    new Document("school", "a").append("amount", new Decimal128(new java.math.BigDecimal("0.20"))),
                    new Document("school", "b").append("amount", new Decimal128(new java.math.BigDecimal("1.00")))));

            Document total = income.aggregate(List.of(Aggregates.match(eq("school", "a")),
                    Aggregates.group("$school", Accumulators.sum("total", "$amount"), Accumulators.sum("n", 1)))).first();

            assertThat(total.getInteger("n")).isEqualTo(2);
            assertThat(total.get("total", Decimal128.class).bigDecimalValue()).isEqualByComparingTo("0.30");
        }
    }

    @Test
    void persistentServerKeepsDataAcrossRestarts(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "kept"));
        }
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("t").getCollection("c").countDocuments(eq("_id", "kept"))).isOne();
        }
    }

    @Test
    void documentsOfAPersistentServerStayAsWrittenThroughUpdatesDeletesAndDropsAcrossRestarts(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("t");
            MongoCollection<Document> current = database.getCollection("current");
            current.insertMany(List.of(new Document("_id", "a").append("n", 1).append("tags", List.of("x")),
                    new Document("_id", "b").append("n", 2)));
            current.updateOne(eq("_id", "a"), Updates.combine(Updates.inc("n", 10), Updates.push("tags", "y")));
            current.deleteOne(eq("_id", "b"));
            database.getCollection("scratch").insertOne(new Document("_id", "gone"));
            database.getCollection("scratch").drop();
        }
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("t");
            assertThat(database.getCollection("current").find().into(new ArrayList<>()))
                    .containsExactly(new Document("_id", "a").append("n", 11).append("tags", List.of("x", "y")));
            assertThat(database.listCollectionNames().into(new ArrayList<>())).containsExactly("current");
        }
    }

    @Test
    void uniqueIndexesOfAPersistentServerFindAndGuardTheirKeysAcrossRestarts(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> entities = client.getDatabase("t").getCollection("entities");
            entities.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            entities.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true).sparse(true));
            for (int i = 0; i < 500; i++) {
                entities.insertOne(new Document("_id", "s:" + i).append("version", (long) i % 7).append("number", i));
            }
            entities.insertOne(new Document("_id", "s:long").append("version", 1L).append("number", 1_000L));
            entities.insertOne(new Document("_id", "s:double").append("version", 1L).append("number", 2.5));
        }
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> entities = client.getDatabase("t").getCollection("entities");

            assertThat(entities.find(new Document("_id", "s:321").append("version", 321L % 7)).first()).isNotNull();
            assertThat(entities.find(new Document("_id", "s:321").append("version", 0L)).first()).isNull();
            assertThat(entities.find(eq("number", 1_000)).first().getString("_id")).isEqualTo("s:long");
            assertThat(entities.find(eq("number", 2.5)).first().getString("_id")).isEqualTo("s:double");
            assertThatThrownBy(() -> entities.insertOne(new Document("_id", "s:7").append("version", 0L)))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThatThrownBy(() -> entities.insertOne(new Document("_id", "other").append("number", 1_000)))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void aDataFileOfThePlainH2BackendIsOpenedWithItsIndexesRebuilt(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        MongoServer plain = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + plain.bind().getPort())) {
            MongoCollection<Document> entities = client.getDatabase("t").getCollection("entities");
            entities.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            for (int i = 0; i < 100; i++) {
                entities.insertOne(new Document("_id", "s:" + i).append("version", 1L));
            }
        } finally {
            plain.shutdown();
        }
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> entities = client.getDatabase("t").getCollection("entities");

            assertThat(entities.find(new Document("_id", "s:42").append("version", 1L)).first()).isNotNull();
            assertThat(entities.countDocuments()).isEqualTo(100);
            assertThatThrownBy(() -> entities.insertOne(new Document("_id", "s:42")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void aPersistentServerGivesBackEveryValueTypeThePlatformStoresExactlyAfterARestart(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        Document stored = new Document("_id", "s:1").append("school", "s").append("version", 3L).append("count", 7)
                .append("ratio", 0.25).append("amount", new Decimal128(new BigDecimal("1234.50")))
                .append("at", new Date(1_700_000_000_123L)).append("deleted", false).append("none", null)
                .append("id", new ObjectId("65f000000000000000000001")).append("name", "学生 ü")
                .append("data", new Document("nested", new Document("list", List.of(1, "two", new Document("three", 3L)))))
                .append("outbox", List.of(new Document("id", "e1").append("snapshot", new Document("a", List.of()))));
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> entities = client.getDatabase("t").getCollection("entities");
            entities.insertOne(stored);
            entities.updateOne(eq("_id", "s:1"), Updates.combine(Updates.inc("version", 1L), Updates.unset("outbox")));
        }
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document expected = new Document(stored).append("version", 4L);
            expected.remove("outbox");

            assertThat(client.getDatabase("t").getCollection("entities").find(eq("_id", "s:1")).first())
                    .isEqualTo(expected);
        }
    }

    @Test
    void documentsOfAPlainH2BackendFileStayReadableAfterThisBackendRewritesSomeOfThem(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        MongoServer plain = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + plain.bind().getPort())) {
            MongoCollection<Document> entities = client.getDatabase("t").getCollection("entities");
            for (int i = 0; i < 100; i++) {
                entities.insertOne(new Document("_id", "s:" + i).append("n", i).append("at", new Date(i)));
            }
        } finally {
            plain.shutdown();
        }
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("t").getCollection("entities").updateMany(in("_id", List.of("s:1", "s:50")),
                    Updates.set("changed", true));
        }
        try (MongoWireServer server = MongoWireServer.persistent(file, 0);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> entities = client.getDatabase("t").getCollection("entities");

            assertThat(entities.countDocuments()).isEqualTo(100);
            assertThat(entities.find(eq("_id", "s:50")).first())
                    .isEqualTo(new Document("_id", "s:50").append("n", 50).append("at", new Date(50)).append("changed", true));
            assertThat(entities.find(eq("_id", "s:99")).first())
                    .isEqualTo(new Document("_id", "s:99").append("n", 99).append("at", new Date(99)));
        }
    }

    /** The backends the platform runs on, each in a fresh place: memory for the tests, an H2 file for the local stack. */
    static Stream<Function<Path, MongoBackend>> backends() {
        return Stream.of(dir -> new SchoolIndexedMemoryBackend(),
                dir -> new KeyOrderedH2Backend(dir.resolve("mongo.h2").toString()));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void queriesBySchoolThroughTheSchoolIndexReturnWhatAScanReturns(Function<Path, MongoBackend> backends,
                                                                     @TempDir Path dir) {
        try (Served served = Served.by(backends.apply(dir))) {
            MongoCollection<Document> indexed = served.collection("indexed");
            MongoCollection<Document> scanned = served.collection("scanned");
            indexed.createIndex(Indexes.ascending("school", "deleted", "key"));
            for (Document document : mixedSchools()) {
                indexed.insertOne(new Document(document));
                scanned.insertOne(new Document(document));
            }

            assertSameResults(indexed, scanned);
            assertThat(served.schoolIndexPositions("indexed", "b")).hasSize((int) scanned.countDocuments(eq("school", "b")));

            // moves documents between schools, by update operators and by replacement, and leaves some in place
            for (MongoCollection<Document> collection : List.of(indexed, scanned)) {
                collection.updateMany(and(eq("school", "a"), eq("deleted", true)), Updates.set("school", "c"));
                collection.updateMany(eq("school", "b"), Updates.set("note", "kept its school"));
                collection.replaceOne(eq("_id", "c:3"), new Document("school", "a").append("deleted", false).append("key", "moved"));
                collection.updateOne(eq("_id", "b:4"), Updates.set("school", List.of("a", "c")));
                collection.updateOne(eq("_id", "b:5"), Updates.unset("school"));
                collection.deleteMany(and(eq("school", "c"), eq("key", "k2")));
                collection.deleteOne(eq("_id", "a:1"));
            }

            assertSameResults(indexed, scanned);
            assertThat(served.schoolIndexPositions("indexed", "a")).hasSize((int) scanned.countDocuments(eq("school", "a")));
            assertThat(served.schoolIndexPositions("indexed", "c")).hasSize((int) scanned.countDocuments(eq("school", "c")));

            indexed.dropIndex("school_1_deleted_1_key_1");
            indexed.insertOne(new Document("_id", "after-drop").append("school", "a"));
            scanned.insertOne(new Document("_id", "after-drop").append("school", "a"));
            assertSameResults(indexed, scanned);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void findsByListsOfIdsGiveWhatTheSameConditionWrappedInAnAndGives(Function<Path, MongoBackend> backends,
                                                                       @TempDir Path dir) {
        try (Served served = Served.by(backends.apply(dir))) {
            MongoCollection<Document> students = served.collection("students");
            for (int i = 0; i < 1_200; i++) {
                students.insertOne(new Document("_id", "s:" + i).append("name", "student " + i).append("n", i)
                        .append("outbox", List.of(new Document("id", "e" + i))));
            }
            students.insertOne(new Document("_id", 7).append("name", "a number"));
            students.updateOne(eq("_id", "s:5"), Updates.set("name", "renamed"));
            students.deleteOne(eq("_id", "s:6"));

            List<String> batch = new ArrayList<>();
            for (int i = 999; i >= 0; i -= 3) {
                batch.add("s:" + i);
            }
            batch.addAll(List.of("s:5", "s:6", "s:5", "missing"));
            List<String> tooMany = new ArrayList<>();
            for (int i = 0; i <= IdLookups.MAX_IDS; i++) {
                tooMany.add("s:" + i);
            }
            for (List<?> ids : List.of(batch, List.of(), List.of("s:1"), List.of("s:1", 7), tooMany)) {
                Bson byIds = in("_id", ids);
                Bson wrapped = and(in("_id", ids));
                assertThat(students.find(byIds).into(new ArrayList<>())).as("documents of %s", ids)
                        .isEqualTo(students.find(wrapped).sort(Sorts.ascending("_id")).into(new ArrayList<>()));
                assertThat(students.find(byIds).projection(Projections.exclude("outbox")).into(new ArrayList<>()))
                        .as("projected documents of %s", ids)
                        .isEqualTo(students.find(wrapped).projection(Projections.exclude("outbox"))
                                .sort(Sorts.ascending("_id")).into(new ArrayList<>()));
            }
            assertThat(ids(students.find(in("_id", batch)).sort(Sorts.descending("_id")).limit(2)))
                    .isEqualTo(List.of("s:999", "s:996"));
            assertThat(ids(students.find(in("_id", batch)).batchSize(10)))
                    .isEqualTo(ids(students.find(and(in("_id", batch))).sort(Sorts.ascending("_id"))));
        }
    }

    @Test
    void theSchoolIndexOfAPersistentServerIsKeptAcrossRestartsAndFilledWhenAnOlderFileLacksIt(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        // the plain backend records the index but keeps no entries for it, as this platform's older files do
        MongoServer plain = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + plain.bind().getPort())) {
            MongoDatabase database = client.getDatabase("t");
            database.getCollection("indexed").createIndex(Indexes.ascending("school", "key", "version"));
            for (Document document : mixedSchools()) {
                database.getCollection("indexed").insertOne(new Document(document));
                database.getCollection("scanned").insertOne(new Document(document));
            }
        } finally {
            plain.shutdown();
        }
        try (Served served = Served.by(new KeyOrderedH2Backend(file.toString()))) {
            assertSameResults(served.collection("indexed"), served.collection("scanned"));
            assertThat(served.schoolIndexPositions("indexed", "a"))
                    .hasSize((int) served.collection("scanned").countDocuments(eq("school", "a")));
            for (String name : List.of("indexed", "scanned")) {
                served.collection(name).updateMany(eq("school", "a"), Updates.set("school", "d"));
                served.collection(name).deleteOne(eq("_id", "b:0"));
            }
        }
        try (Served served = Served.by(new KeyOrderedH2Backend(file.toString()))) {
            assertSameResults(served.collection("indexed"), served.collection("scanned"));
            assertThat(served.schoolIndexPositions("indexed", "a")).isEmpty();
            assertThat(served.schoolIndexPositions("indexed", "d"))
                    .hasSize((int) served.collection("scanned").countDocuments(eq("school", "d")));
        }
    }

    @Test
    void onlyEqualityAndInOfStringsOnSchoolAreServedByTheSchoolIndex() {
        MemorySchoolIndex index = new MemorySchoolIndex("school_1", List.of(new IndexKey("school", true)), false);


        assertThat(index.canHandle(query("school", "a"))).isTrue();
        assertThat(index.canHandle(query("school", query("$in", List.of("a", "b"))))).isTrue();
        assertThat(index.canHandle(query("school", query("$eq", "a")).append("deleted", false))).isTrue();
        assertThat(index.canHandle(query("$and", List.of(query("deleted", false), query("school", "a"))))).isTrue();
        assertThat(index.canHandle(query("deleted", false))).isFalse();
        assertThat(index.canHandle(query("$and", List.of(query("deleted", false), query("key", "a"))))).isFalse();
        assertThat(index.canHandle(query("$or", List.of(query("school", "a"), query("school", "b"))))).isFalse();
        assertThat(index.canHandle(query("school", 1))).isFalse();
        assertThat(index.canHandle(query("school", null))).isFalse();
        assertThat(index.canHandle(query("school", List.of("a")))).isFalse();
        assertThat(index.canHandle(query("school", query("$in", List.of("a", Pattern.compile("b")))))).isFalse();
        assertThat(index.canHandle(query("school", query("$ne", "a")))).isFalse();
        assertThat(index.canHandle(query("school", query("nested", "a")))).isFalse();
    }

    @Test
    void anAggregationStartingWithAMatchOfOneSchoolReadsOnlyThatSchoolsDocuments() {
        try (Served served = Served.by(new SchoolIndexedMemoryBackend())) {
            MongoCollection<Document> students = served.collection("students");
            students.createIndex(Indexes.ascending("school", "deleted"));
            for (int i = 0; i < 300; i++) {
                students.insertOne(new Document("school", i < 150 ? "a" : "s" + i % 5).append("deleted", i % 3 == 0));
            }
            de.bwaldvogel.mongo.MongoCollection<?> collection =
                    served.backend().resolveDatabase("t").resolveCollection("students", true);

            assertThat(documentsAnAggregationReads(collection, query("school", "a").append("deleted", false))).isEqualTo(100);
            assertThat(documentsAnAggregationReads(collection,
                    query("$and", List.of(query("school", "a"), query("deleted", false))))).isEqualTo(100);
            assertThat(documentsAnAggregationReads(collection, query("deleted", false))).isEqualTo(300);
            assertThat(students.countDocuments(and(eq("school", "a"), eq("deleted", false)))).isEqualTo(100);
        }
    }

    @Test
    void pagesAndCountsOfOneSchoolAreAnsweredFromTheIndexAsAScanAnswersThem(@TempDir Path dir) {
        try (Served served = Served.by(new KeyOrderedH2Backend(dir.resolve("mongo.h2").toString()))) {
            MongoCollection<Document> indexed = served.collection("indexed");
            MongoCollection<Document> scanned = served.collection("scanned");
            indexed.createIndex(Indexes.ascending("school", "deleted", "key"));
            for (int i = 0; i < 90; i++) {
                Document document = new Document("_id", "s" + i % 3 + ":" + i).append("school", "s" + i % 3)
                        .append("deleted", i % 7 == 0).append("key", "k" + (i * 37) % 90);
                indexed.insertOne(new Document(document));
                scanned.insertOne(new Document(document));
            }
            assertSamePagesAndCounts(indexed, scanned);

            for (MongoCollection<Document> collection : List.of(indexed, scanned)) {
                collection.updateMany(eq("key", "k1"), Updates.set("deleted", true));
                collection.updateOne(eq("_id", "s0:0"), Updates.set("deleted", false));
                collection.updateOne(eq("_id", "s1:4"), Updates.set("key", "a-first"));
                collection.updateOne(eq("_id", "s2:5"), Updates.set("school", "s0"));
                collection.deleteOne(eq("_id", "s0:3"));
            }
            assertSamePagesAndCounts(indexed, scanned);

            de.bwaldvogel.mongo.MongoCollection<?> collection =
                    served.backend().resolveDatabase("t").resolveCollection("indexed", true);
            KeyOrderedSchoolIndex index = (KeyOrderedSchoolIndex) collection.getIndexes().stream()
                    .filter(KeyOrderedSchoolIndex.class::isInstance).findFirst().orElseThrow();
            de.bwaldvogel.mongo.bson.Document page = query("find", "indexed")
                    .append("filter", query("$and", List.of(query("school", "s0"), query("deleted", false))))
                    .append("sort", query("key", 1)).append("skip", 10).append("limit", 5);
            List<Object> handed = new ArrayList<>();
            SchoolPages.handleCommand("t", "find", page, name -> collection, command -> {
                assertThat(command.containsKey("skip")).as("the index applied the skip").isFalse();
                handed.addAll(SchoolPages.claim(index));
                return null;
            });
            assertThat(handed).as("the collection reads only the page's documents").hasSize(5);
        }
    }

    private static void assertSamePagesAndCounts(MongoCollection<Document> indexed, MongoCollection<Document> scanned) {
        for (Bson query : List.of(and(eq("school", "s0"), eq("deleted", false)), and(eq("school", "s1"), eq("deleted", true)),
                eq("school", "s2"), new Document("school", "s1").append("deleted", false), and(eq("school", "nobody"), eq("deleted", false)),
                and(eq("school", "s0"), eq("deleted", false), eq("key", "k5")))) {
            assertThat(indexed.countDocuments(query)).as("count of %s", query).isEqualTo(scanned.countDocuments(query));
            for (int skip : List.of(0, 1, 7, 25, 40)) {
                for (int limit : List.of(0, 1, 5, 20)) {
                    assertThat(ids(indexed.find(query).sort(Sorts.ascending("key")).skip(skip).limit(limit)))
                            .as("page of %s skipping %d, %d at most", query, skip, limit)
                            .isEqualTo(ids(scanned.find(query).sort(Sorts.ascending("key")).skip(skip).limit(limit)));
                }
            }
            assertThat(ids(indexed.find(query).sort(Sorts.descending("key")).limit(3))).as("descending %s", query)
                    .isEqualTo(ids(scanned.find(query).sort(Sorts.descending("key")).limit(3)));
        }
    }

    /** How many documents the server's aggregate command hands a pipeline that starts by matching this filter. */
    private static long documentsAnAggregationReads(de.bwaldvogel.mongo.MongoCollection<?> collection,
                                                    de.bwaldvogel.mongo.bson.Document match) {
        de.bwaldvogel.mongo.bson.Document command = query("aggregate", "students")
                .append("pipeline", List.of(query("$match", match))).append("cursor", query("batchSize", 0));
        long[] read = new long[1];
        SchoolMatch.handleCommand("aggregate", command, name -> collection, () -> {
            read[0] = SchoolMatch.resolved("students", collection).queryAllAsStream().count();
            return null;
        });
        return read[0];
    }

    private static de.bwaldvogel.mongo.bson.Document query(String key, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(key, value);
    }

    /** Three schools' documents, some marked deleted, and the odd ones: arrays of schools, no school, a number. */
    private static List<Document> mixedSchools() {
        List<Document> documents = new ArrayList<>();
        for (String school : List.of("b", "a", "c")) {
            for (int i = 0; i < 12; i++) {
                documents.add(new Document("_id", school + ":" + i).append("school", school)
                        .append("deleted", i % 4 == 0).append("key", "k" + (11 - i) % 5).append("n", i));
            }
        }
        documents.add(new Document("_id", "both").append("school", List.of("a", "b")).append("deleted", false).append("key", "k1"));
        documents.add(new Document("_id", "none").append("deleted", false).append("key", "k1"));
        documents.add(new Document("_id", "null").append("school", null).append("deleted", false));
        documents.add(new Document("_id", "number").append("school", 7).append("deleted", false));
        return documents;
    }

    /** The queries the platform sends, and a few it does not, give the same documents in the same order and count. */
    private static void assertSameResults(MongoCollection<Document> indexed, MongoCollection<Document> scanned) {
        List<Bson> queries = List.of(eq("school", "a"), eq("school", "b"), eq("school", "nobody"),
                and(eq("school", "a"), eq("deleted", false)), and(eq("school", "c"), eq("deleted", false), eq("key", "k1")),
                in("school", List.of("a", "c")), in("school", List.of()), and(in("school", List.of("b", "b")), ne("n", 3)),
                new Document("school", new Document("$eq", "c")), eq("school", 7), eq("school", null),
                eq("school", List.of("a", "b")), eq("deleted", true), new Document());
        for (Bson query : queries) {
            assertThat(ids(indexed.find(query))).as("unsorted %s", query).isEqualTo(ids(scanned.find(query)));
            assertThat(ids(indexed.find(query).sort(Sorts.ascending("key", "_id")).skip(2).limit(5)))
                    .as("sorted page of %s", query)
                    .isEqualTo(ids(scanned.find(query).sort(Sorts.ascending("key", "_id")).skip(2).limit(5)));
            assertThat(indexed.countDocuments(query)).as("count of %s", query).isEqualTo(scanned.countDocuments(query));
            assertThat(keysAndSameKeyCounts(indexed, query)).as("aggregation of %s", query)
                    .isEqualTo(keysAndSameKeyCounts(scanned, query));
        }
    }

    /** Each matching document's key with the number of documents of any school with that key, by a $lookup of the same collection. */
    private static List<Document> keysAndSameKeyCounts(MongoCollection<Document> collection, Bson query) {
        return collection.aggregate(List.of(Aggregates.match(query),
                Aggregates.lookup(collection.getNamespace().getCollectionName(), "key", "key", "sameKey"),
                Aggregates.project(new Document("_id", 1).append("key", 1).append("sameKey", new Document("$size", "$sameKey"))),
                Aggregates.sort(Sorts.ascending("_id")))).into(new ArrayList<>());
    }

    private static List<Object> ids(Iterable<Document> documents) {
        List<Object> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.get("_id")));
        return ids;
    }

    /** A server on a backend the test can look into, with a client of database {@code t}. */
    private record Served(MongoServer server, AbstractMongoBackend backend, MongoClient client) implements AutoCloseable {

        static Served by(MongoBackend backend) {
            MongoServer server = new MongoServer(backend);
            MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort());
            return new Served(server, (AbstractMongoBackend) backend, client);
        }

        MongoCollection<Document> collection(String name) {
            return client.getDatabase("t").getCollection(name);
        }

        List<Object> schoolIndexPositions(String collection, String school) {
            List<Object> positions = new ArrayList<>();
            backend.resolveDatabase("t").resolveCollection(collection, true).getIndexes().stream()
                    .filter(SchoolIndex.class::isInstance)
                    .forEach(index -> index.getPositions(query("school", school)).forEach(positions::add));
            return positions;
        }

        @Override
        public void close() {
            client.close();
            server.shutdown();
        }
    }
}
