package org.vetreport.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import ch.qos.logback.classic.Level;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;

/**
 * Compares one school's entities in the owning service's database with the report service's replica of them, for
 * the fault scripts ({@code bench/fault-*.sh}; run by hand against the local stack). First waits until the system is
 * quiet for that topic: no document of the school still has events in its outbox, and the report service's consumer
 * group has committed every record of the topic. Then reads {@code _id}, {@code version} and {@code deleted} on both
 * sides and prints one line: equal or different, with the counts. Exit status 0 when equal, 1 otherwise (also when
 * the wait timed out).
 *
 * <p>Usage: {@code ReplicaComparison SCHOOL [TOPIC] [WAIT_SECONDS]}, TOPIC default {@code student.students.v1}, WAIT
 * default 300. System properties: {@code mongodb} (default {@code mongodb://localhost:27017}), {@code kafka}
 * ({@code localhost:9092}), {@code group} (the replica's consumer group, {@code report-service-replica}),
 * {@code expected} (a file of keys, one a line, that must be present and not deleted on both sides: the writes
 * a script saw acknowledged).
 */
public final class ReplicaComparison {

    private final MongoDatabase service;
    private final MongoDatabase report;
    private final Topic topic;
    private final String school;

    private ReplicaComparison(MongoClient mongo, Topic topic, String school) {
        // a domain service's database is named after it, and its collection after the topic's entity
        this.service = mongo.getDatabase(topic.service() + "-service");
        this.report = mongo.getDatabase("report-service");
        this.topic = topic;
        this.school = school;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: ReplicaComparison SCHOOL [TOPIC] [WAIT_SECONDS]");
            System.exit(2);
        }
        // the drivers' INFO lines (every client setting) would bury the one line this prints
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        String school = args[0];
        String topicName = args.length > 1 ? args[1] : Topics.STUDENT_STUDENTS.name();
        Topic topic = Topics.domain().stream().filter(candidate -> candidate.name().equals(topicName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("TOPIC must be a domain topic such as student.students.v1, not " + topicName));
        Duration wait = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 300);
        String expected = System.getProperty("expected");
        try (MongoClient mongo = MongoClients.create(System.getProperty("mongodb", "mongodb://localhost:27017"));
             Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka", "localhost:9092")))) {
            ReplicaComparison comparison = new ReplicaComparison(mongo, topic, school);
            boolean quiet = comparison.awaitQuiet(kafka, System.getProperty("group", "report-service-replica"), wait);
            boolean equal = comparison.compare(expected == null ? List.of() : Files.readAllLines(Path.of(expected)));
            System.exit(quiet && equal ? 0 : 1);
        }
    }

    /** Waits until the school's outbox is empty and the replica's group has committed the topic's end offsets. */
    private boolean awaitQuiet(Admin kafka, String group, Duration wait) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + wait.toNanos();
        long pending = -1;
        long lag = -1;
        while (System.nanoTime() < deadline) {
            pending = service.getCollection(topic.entity())
                    .countDocuments(Filters.and(Filters.eq("school", school), Filters.exists("pending")));
            lag = pending == 0 ? lag(kafka, group) : -1;
            if (pending == 0 && lag == 0) {
                System.out.printf("# quiet after %.1f s: no pending outbox in %s.%s, group %s has read all of %s%n",
                        (System.nanoTime() - started) / 1e9, service.getName(), topic.entity(), group, topic.name());
                return true;
            }
            Thread.sleep(1000);
        }
        System.out.printf("# NOT QUIET after %d s: %s documents of %s with pending events, lag of %s on %s %s%n",
                wait.toSeconds(), pending, school, group, topic.name(), lag < 0 ? "unknown" : String.valueOf(lag));
        return false;
    }

    /** Records of the topic the group has not committed yet; -1 while the broker does not answer. */
    private long lag(Admin kafka, String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    kafka.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            kafka.describeTopics(List.of(topic.name())).allTopicNames().get().get(topic.name()).partitions()
                    .forEach(partition -> latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : kafka.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata position = committed.get(end.getKey());
                lag += Math.max(0, end.getValue().offset() - (position == null ? 0 : position.offset()));
            }
            return lag;
        } catch (ExecutionException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private boolean compare(List<String> expectedKeys) {
        Map<String, Copy> owned = read(service, topic.entity());
        String replica = replicaCollection();
        Map<String, Copy> replicated = read(report, replica);
        TreeSet<String> missing = new TreeSet<>(owned.keySet());
        missing.removeAll(replicated.keySet());
        TreeSet<String> extra = new TreeSet<>(replicated.keySet());
        extra.removeAll(owned.keySet());
        TreeSet<String> changed = new TreeSet<>();
        owned.forEach((id, copy) -> {
            if (replicated.containsKey(id) && !copy.equals(replicated.get(id))) {
                changed.add(id);
            }
        });
        TreeSet<String> notArrived = new TreeSet<>();
        for (String key : expectedKeys) {
            String id = school + ":" + key.strip();
            if (!key.isBlank() && !(present(owned.get(id)) && present(replicated.get(id)))) {
                notArrived.add(id);
            }
        }
        boolean equal = missing.isEmpty() && extra.isEmpty() && changed.isEmpty() && notArrived.isEmpty();
        System.out.printf("%s: school %s, %s.%s %d (%d deleted), report-service.%s %d (%d deleted); missing in the "
                        + "replica %d, only in the replica %d, different version or deletion %d%s%n",
                equal ? "EQUAL" : "DIFFERENT", school, service.getName(), topic.entity(), owned.size(), deleted(owned),
                replica, replicated.size(), deleted(replicated), missing.size(), extra.size(), changed.size(),
                expectedKeys.isEmpty() ? "" : "; acknowledged writes " + expectedKeys.stream().filter(k -> !k.isBlank()).count()
                        + ", not arrived " + notArrived.size());
        for (TreeSet<String> ids : List.of(missing, extra, changed, notArrived)) {
            ids.stream().limit(5).forEach(id -> System.out.printf("#   %s: service %s, replica %s%n", id, owned.get(id), replicated.get(id)));
        }
        return equal;
    }

    /** The live generation's copy of the topic (see the report service's {@code ReplicaGeneration}). */
    private String replicaCollection() {
        Document pointer = report.getCollection("replica_generation").find(Filters.eq("_id", "active")).first();
        int generation = pointer == null ? 1 : pointer.getInteger("generation");
        return "replica_" + (generation == 1 ? "" : "g" + generation + "_") + topic.name().replace('.', '_').replace('-', '_');
    }

    private Map<String, Copy> read(MongoDatabase database, String collection) {
        Map<String, Copy> copies = new HashMap<>();
        database.getCollection(collection).find(Filters.eq("school", school))
                .projection(Projections.include("version", "deleted"))
                .forEach(document -> copies.put(document.getString("_id"), new Copy(
                        document.get("version", Number.class).longValue(), Objects.equals(document.get("deleted"), true))));
        return copies;
    }

    private static boolean present(Copy copy) {
        return copy != null && !copy.deleted();
    }

    private static long deleted(Map<String, Copy> copies) {
        return copies.values().stream().filter(Copy::deleted).count();
    }

    private record Copy(long version, boolean deleted) {
    }
}
