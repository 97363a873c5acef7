package org.vetreport.platform.kit.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.kit.error.ConflictException;
import org.vetreport.platform.kit.error.NotFoundException;
import org.vetreport.platform.kit.json.JsonBson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entities of one type, one MongoDB document each, with their pending events inside the same document.
 *
 * <p>Every change writes the new value, the next version and the event announcing it in one single-document
 * update, which MongoDB applies atomically on any deployment, with or without transactions. The
 * {@link org.vetreport.platform.kit.outbox.OutboxRelay} later publishes the events and clears them. A deleted
 * entity keeps its document as a marker with its last version, so versions keep rising if it comes back and
 * late duplicates of old events can never resurrect it downstream.
 *
 * <p>Document layout: {@code {_id: "<school>:<key>", school, key, version, deleted, data, updatedAt, updatedBy,
 * pending: <oldest pending event time>, outbox: [pending events]}}.
 */
public final class EntityStore<T> {

    public static final String DATA = "data";
    private static final String ID = "_id";
    private static final String SCHOOL = "school";
    private static final String KEY = "key";
    private static final String VERSION = "version";
    private static final String DELETED = "deleted";
    private static final String UPDATED_AT = "updatedAt";
    private static final String UPDATED_BY = "updatedBy";
    private static final String PENDING = "pending";
    private static final String OUTBOX = "outbox";
    private static final int MAX_ATTEMPTS = 10;

    private final EntityType<T> type;
    private final MongoCollection<Document> collection;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final Runnable onPendingEvent;

    /**
     * @param source         the CloudEvents source of this service's events, e.g. {@code /student-service}
     * @param onPendingEvent told after every write that left an event to publish
     */
    public EntityStore(EntityType<T> type, MongoDatabase database, JsonMapper json, Clock clock, String source,
                       Runnable onPendingEvent) {
        this.type = type;
        this.collection = database.getCollection(type.collection());
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.onPendingEvent = onPendingEvent;
        collection.createIndex(Indexes.ascending(SCHOOL, DELETED, KEY));
        collection.createIndex(Indexes.ascending(PENDING), new IndexOptions().sparse(true));
    }

    /** The path of an entity field in stored documents, for filters: {@code field("group")}. */
    public static String field(String name) {
        return DATA + "." + name;
    }

    public EntityType<T> type() {
        return type;
    }

    public Optional<Versioned<T>> find(String school, String key) {
        Document document = collection.find(eq(ID, id(school, key))).first();
        if (document == null || document.getBoolean(DELETED, false)) {
            return Optional.empty();
        }
        return Optional.of(toVersioned(document));
    }

    public Versioned<T> get(String school, String key) {
        return find(school, key).orElseThrow(() -> NotFoundException.of(type.name(), school, key));
    }

    /**
     * Lists one school's entities in the order of their keys.
     *
     * @param filter conditions on {@link #field(String) entity fields}, or {@code null} for all
     */
    public Page<Versioned<T>> list(String school, Bson filter, int page, int size) {
        List<Bson> conditions = new ArrayList<>(List.of(eq(SCHOOL, school), eq(DELETED, false)));
        if (filter != null) {
            conditions.add(filter);
        }
        Bson query = and(conditions);
        List<Versioned<T>> items = new ArrayList<>(size);
        collection.find(query).projection(Projections.exclude(OUTBOX)).sort(Sorts.ascending(KEY))
                .skip(page * size).limit(size).forEach(document -> items.add(toVersioned(document)));
        return new Page<>(items, page, size, collection.countDocuments(query));
    }

    /**
     * Creates or replaces the entity under its natural key. Writing the value it already has changes nothing:
     * no new version and no event.
     */
    public WriteResult<T> put(String school, String key, T value, Precondition precondition, String actor) {
        Document data = toData(value);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document current = collection.find(eq(ID, id(school, key))).projection(Projections.exclude(OUTBOX)).first();
            boolean exists = current != null && !current.getBoolean(DELETED, false);
            precondition.check(exists ? version(current) : null);
            if (exists && data.equals(current.get(DATA, Document.class))) {
                return new WriteResult<>(WriteResult.Outcome.UNCHANGED, toVersioned(current));
            }
            T before = exists ? fromData(current.get(DATA, Document.class)) : null;
            long next = current == null ? 1 : version(current) + 1;
            Instant now = now();
            PendingEvent event = new PendingEvent(UUID.randomUUID().toString(), type.eventType(before, value), now,
                    next, actor, data);
            boolean written = current == null
                    ? insert(school, key, data, event)
                    : update(current, data, false, event);
            if (written) {
                onPendingEvent.run();
                WriteResult.Outcome outcome = exists ? WriteResult.Outcome.UPDATED : WriteResult.Outcome.CREATED;
                return new WriteResult<>(outcome, new Versioned<>(school, key, value, next, now, actor));
            }
        }
        throw new ConflictException(type.name() + " '" + key + "' is being changed concurrently; retry");
    }

    /** Deletes the entity and announces it with a tombstone. */
    public WriteResult<T> delete(String school, String key, Precondition precondition, String actor) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document current = collection.find(eq(ID, id(school, key))).projection(Projections.exclude(OUTBOX)).first();
            if (current == null || current.getBoolean(DELETED, false)) {
                throw NotFoundException.of(type.name(), school, key);
            }
            precondition.check(version(current));
            long next = version(current) + 1;
            PendingEvent event = new PendingEvent(UUID.randomUUID().toString(), type.deletedEventType(),
                    now(), next, actor, null);
            if (update(current, null, true, event)) {
                onPendingEvent.run();
                return new WriteResult<>(WriteResult.Outcome.DELETED, null);
            }
        }
        throw new ConflictException(type.name() + " '" + key + "' is being changed concurrently; retry");
    }

    /** Documents with events still to publish, those waiting longest first. */
    public List<OutboxBatch> pendingBatches(int limit) {
        List<OutboxBatch> batches = new ArrayList<>();
        collection.find(exists(PENDING)).projection(Projections.include(SCHOOL, KEY, VERSION, OUTBOX))
                .sort(Sorts.ascending(PENDING)).limit(limit)
                .forEach(document -> batches.add(toBatch(document)));
        return batches;
    }

    /**
     * Clears published events. The first update removes the whole outbox if nothing was written since the batch
     * was read; otherwise the second removes just the published events and the rest waits for the next round.
     */
    public void clearPublished(List<OutboxBatch> batches) {
        List<WriteModel<Document>> updates = new ArrayList<>(batches.size() * 2);
        for (OutboxBatch batch : batches) {
            List<String> published = batch.events().stream().map(ChangeEvent::id).toList();
            updates.add(new UpdateOneModel<>(and(eq(ID, batch.documentId()), eq(VERSION, batch.documentVersion())),
                    Updates.combine(Updates.unset(OUTBOX), Updates.unset(PENDING))));
            updates.add(new UpdateOneModel<>(eq(ID, batch.documentId()),
                    Updates.pull(OUTBOX, new Document(PendingEvent.ID, new Document("$in", published)))));
        }
        if (!updates.isEmpty()) {
            collection.bulkWrite(updates);
        }
    }

    public long countPendingDocuments() {
        return collection.countDocuments(exists(PENDING));
    }

    /** MongoDB keeps milliseconds; the answer to a write shows the time as every later read will. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private boolean insert(String school, String key, Document data, PendingEvent event) {
        Document document = new Document(ID, id(school, key)).append(SCHOOL, school).append(KEY, key)
                .append(VERSION, event.version()).append(DELETED, false).append(DATA, data)
                .append(UPDATED_AT, Date.from(event.time())).append(UPDATED_BY, event.actor())
                .append(PENDING, Date.from(event.time())).append(OUTBOX, List.of(event.toDocument()));
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private boolean update(Document current, Document data, boolean deleted, PendingEvent event) {
        Bson change = Updates.combine(
                Updates.set(DATA, data), Updates.set(VERSION, event.version()), Updates.set(DELETED, deleted),
                Updates.set(UPDATED_AT, Date.from(event.time())), Updates.set(UPDATED_BY, event.actor()),
                Updates.min(PENDING, Date.from(event.time())), Updates.push(OUTBOX, event.toDocument()));
        return collection.updateOne(and(eq(ID, current.get(ID)), eq(VERSION, version(current))), change)
                .getMatchedCount() == 1;
    }

    private OutboxBatch toBatch(Document document) {
        String school = document.getString(SCHOOL);
        EventKey key = new EventKey(school, document.getString(KEY));
        List<ChangeEvent> events = new ArrayList<>();
        List<Document> outbox = document.getList(OUTBOX, Document.class, List.of());
        for (Document pending : outbox) {
            PendingEvent event = PendingEvent.fromDocument(pending);
            byte[] payload = event.snapshot() == null ? null : json.writeValueAsBytes(JsonBson.toJson(event.snapshot()));
            events.add(new ChangeEvent(event.id(), event.type(), source, event.time(), type.topic(), key,
                    event.version(), event.actor(), payload));
        }
        return new OutboxBatch(this, document.getString(ID), version(document), events);
    }

    private Versioned<T> toVersioned(Document document) {
        return new Versioned<>(document.getString(SCHOOL), document.getString(KEY),
                fromData(document.get(DATA, Document.class)), version(document),
                document.getDate(UPDATED_AT).toInstant(), document.getString(UPDATED_BY));
    }

    private Document toData(T value) {
        return JsonBson.toDocument(json.valueToTree(value));
    }

    private T fromData(Document data) {
        return json.treeToValue(JsonBson.toJson(data), type.javaType());
    }

    private static long version(Document document) {
        return document.get(VERSION, Number.class).longValue();
    }

    private static String id(String school, String key) {
        return new EventKey(school, key).toString();
    }
}
