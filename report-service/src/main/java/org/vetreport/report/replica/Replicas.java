package org.vetreport.report.replica;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.kit.replica.ReplicaCollection;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report service's copy of every platform topic, one collection per topic, in the active
 * {@link ReplicaGeneration}. Which generation is active is persisted in the {@code replica_generation} document,
 * so a restart reads the generation the last rebuild switched to. While a rebuild runs, the live consumer's
 * changes go to its shadow generation as well (see {@link ReplicaRebuild} for why that closes every gap).
 */
@Component
public class Replicas {

    private static final Logger log = LoggerFactory.getLogger(Replicas.class);
    private static final String POINTER = "active";
    private static final String GENERATION = "generation";
    private static final String LAST_REBUILD = "lastRebuild";

    private final MongoDatabase database;
    private final JsonMapper json;
    private final PayloadContract contract;
    private final MongoCollection<Document> pointer;
    /** The live consumer applies under the read lock; opening, switching and abandoning take the write lock. */
    private final ReadWriteLock switching = new ReentrantReadWriteLock();
    private volatile ReplicaGeneration active;
    private ReplicaGeneration shadow;

    Replicas(MongoDatabase database, JsonMapper json, PayloadContract contract) {
        this.database = database;
        this.json = json;
        this.contract = contract;
        this.pointer = database.getCollection("replica_generation");
        Document current = pointer.find(eq("_id", POINTER)).first();
        int number = current == null ? ReplicaGeneration.FIRST : current.getInteger(GENERATION);
        this.active = ReplicaGeneration.open(number, database, json);
        dropOtherGenerations(number);
    }

    /** The active generation's copy of a topic; read it at once, a rebuild may switch generations afterwards. */
    public ReplicaCollection of(Topic topic) {
        return active.of(topic);
    }

    /** Refuses a change whose payload is not the entity its topic promises, before it is written anywhere. */
    void checkContract(ChangeEvent event) {
        contract.check(event);
    }

    int activeGeneration() {
        return active.number();
    }

    /**
     * Applies changes the live consumer read, each of which passed {@link #checkContract}, to the active generation
     * and, while a rebuild runs, to its shadow: a few round trips per topic, whatever the number of changes.
     *
     * @return the changes that were written to the active generation
     */
    List<ChangeEvent> applyAll(List<ChangeEvent> events) {
        Map<Topic, List<ChangeEvent>> byTopic = events.stream()
                .collect(Collectors.groupingBy(ChangeEvent::topic, LinkedHashMap::new, Collectors.toList()));
        switching.readLock().lock();
        try {
            List<ChangeEvent> changed = new ArrayList<>();
            byTopic.forEach((topic, changes) -> {
                changed.addAll(active.of(topic).applyAll(changes));
                if (shadow != null) {
                    shadow.of(topic).applyAll(changes);
                }
            });
            return changed;
        } finally {
            switching.readLock().unlock();
        }
    }

    /**
     * Creates the next generation, empty, and from now on applies every live change to it as well. Leftovers of
     * an earlier attempt at the same generation are dropped first.
     */
    ReplicaGeneration openShadow() {
        requireNoShadow();
        int number = active.number() + 1;
        ReplicaGeneration.dropLeftovers(number, database);
        ReplicaGeneration next = ReplicaGeneration.open(number, database, json);
        switching.writeLock().lock();
        try {
            requireNoShadow();
            shadow = next;
        } finally {
            switching.writeLock().unlock();
        }
        return next;
    }

    private void requireNoShadow() {
        switching.readLock().lock();
        try {
            if (shadow != null) {
                throw new IllegalStateException("generation " + shadow.number() + " is being rebuilt already");
            }
        } finally {
            switching.readLock().unlock();
        }
    }

    /**
     * Makes the shadow the active generation, in memory and in the pointer document, with no live change in
     * flight; the live consumer writes only to it from now on.
     *
     * @return the generation that was active until now, to be dropped once reads that started on it are done
     */
    ReplicaGeneration promote(RebuildStatus completed) {
        switching.writeLock().lock();
        try {
            Document lastRebuild = new Document(GENERATION, completed.generation())
                    .append("startedAt", Date.from(completed.startedAt()))
                    .append("finishedAt", Date.from(completed.finishedAt()))
                    .append("applied", completed.applied()).append("deadLettered", completed.deadLettered());
            pointer.replaceOne(eq("_id", POINTER), new Document("_id", POINTER)
                    .append(GENERATION, shadow.number()).append(LAST_REBUILD, lastRebuild),
                    new ReplaceOptions().upsert(true));
            ReplicaGeneration previous = active;
            active = shadow;
            shadow = null;
            return previous;
        } finally {
            switching.writeLock().unlock();
        }
    }

    /** Stops writing to the shadow of a rebuild that failed and drops it; the active generation stays. */
    void abandonShadow() {
        ReplicaGeneration abandoned;
        switching.writeLock().lock();
        try {
            abandoned = shadow;
            shadow = null;
        } finally {
            switching.writeLock().unlock();
        }
        if (abandoned != null) {
            abandoned.drop();
        }
    }

    /** The last rebuild that completed, as the pointer document recorded it. */
    Optional<RebuildStatus> lastCompletedRebuild() {
        Document current = pointer.find(eq("_id", POINTER)).first();
        Document last = current == null ? null : current.get(LAST_REBUILD, Document.class);
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(new RebuildStatus(last.getInteger(GENERATION), RebuildStatus.State.COMPLETED,
                last.getDate("startedAt").toInstant(), last.getDate("finishedAt").toInstant(),
                last.get("applied", Number.class).longValue(), last.get("deadLettered", Number.class).longValue(), null));
    }

    /** A restart during a rebuild or before the previous generation was dropped leaves collections nothing reads. */
    private void dropOtherGenerations(int keep) {
        for (String name : database.listCollectionNames()) {
            ReplicaGeneration.generationOf(name).filter(number -> number != keep).ifPresent(number -> {
                log.info("Dropping {}: generation {} of the replica is no longer active", name, number);
                database.getCollection(name).drop();
            });
        }
    }
}
