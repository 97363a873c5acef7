package org.vetreport.platform.infra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
