package org.vetreport.platform.kit.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.EventKey;
import org.vetreport.platform.kit.error.ConflictException;
import org.vetreport.platform.kit.error.NotFoundException;
import org.vetreport.platform.kit.json.JsonBson;
import org.vetreport.platform.kit.lock.LockRule;
import org.vetreport.platform.kit.lock.LockedPeriods;
import org.vetreport.platform.kit.lock.YearLockedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entities of one type, one MongoDB document each, with their pending events inside the same document.
 *
 * <p>Every change writes the new value, the next version and the event announcing it in one single-document
 * update, which MongoDB applies atomically on any deployment, with or without transactions. The
 * {@link org.vetreport.platform.kit.outbox.OutboxRelay} later records the events in the entity's history,
 * publishes them and clears them. A deleted entity keeps its document as a marker with its last version, so
 * versions keep rising if it comes back and late duplicates of old events can never resurrect it downstream.
 *
 * <p>Document layout: {@code {_id: "<school>:<key>", school, key, version, deleted, data, updatedAt, updatedBy,
 * pending: <oldest pending event time>, outbox: [pending events]}}; history in {@code <collection>_history}.
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
    private final MongoCollection<Document> history;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final Runnable onPendingEvent;
    private final LockedPeriods locks;
    /** Ids of documents written since the relay last looked: it finds their events by id instead of scanning. */
    private final Queue<String> written = new ConcurrentLinkedQueue<>();

    /**
     * @param source         the CloudEvents source of this service's events, e.g. {@code /student-service}
     * @param onPendingEvent told after every write that left an event to publish
     * @param locks          the report years locked per school: a write that would change their figures is refused
     */
    public EntityStore(EntityType<T> type, MongoDatabase database, JsonMapper json, Clock clock, String source,
                       Runnable onPendingEvent, LockedPeriods locks) {
        this.type = type;
        this.collection = database.getCollection(type.collection());
        this.history = database.getCollection(type.collection() + "_history");
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.onPendingEvent = onPendingEvent;
        this.locks = locks;
        collection.createIndex(Indexes.ascending(SCHOOL, DELETED, KEY));
        collection.createIndex(Indexes.ascending(PENDING), new IndexOptions().sparse(true));
        // redundant for MongoDB, whose _id index serves these lookups, but the embedded server uses an index only
        // for a query on exactly its fields: without it every versioned write would scan the collection
        collection.createIndex(Indexes.ascending(ID, VERSION), new IndexOptions().unique(true));
        history.createIndex(Indexes.ascending(SCHOOL, KEY, VERSION));
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

    public boolean contains(String school, String key) {
        Document document = collection.find(eq(ID, id(school, key))).projection(Projections.include(DELETED)).first();
        return document != null && !document.getBoolean(DELETED, false);
    }

    /**
     * Lists one school's entities in the order of their keys.
     *
     * @param filter conditions on {@link #field(String) entity fields}, or {@code null} for all
     */
    public Page<Versioned<T>> list(String school, Bson filter, int page, int size) {
        Bson query = query(school, filter);
        List<Versioned<T>> items = new ArrayList<>(size);
        collection.find(query).projection(Projections.exclude(OUTBOX)).sort(Sorts.ascending(KEY))
                .skip(page * size).limit(size).forEach(document -> items.add(toVersioned(document)));
        return new Page<>(items, page, size, collection.countDocuments(query));
    }

    /** Every current entity of a school matching the filter, for checks that need all of them at once. */
    public List<T> all(String school, Bson filter) {
        List<T> values = new ArrayList<>();
        collection.find(query(school, filter)).projection(Projections.include(DATA))
                .forEach(document -> values.add(fromData(document.get(DATA, Document.class))));
        return values;
    }

    /**
     * Every current entity of every school matching the filter, in school and key order: for the few indexes that
     * span tenants, such as the schools of a region. Never for a school's own records, which {@link #all} scopes.
     */
    public List<Versioned<T>> acrossSchools(Bson filter) {
        Bson query = filter == null ? eq(DELETED, false) : and(eq(DELETED, false), filter);
        List<Versioned<T>> values = new ArrayList<>();
        collection.find(query).projection(Projections.exclude(OUTBOX)).sort(Sorts.ascending(SCHOOL, KEY))
                .forEach(document -> values.add(toVersioned(document)));
        return values;
    }

    /**
     * Creates or replaces the entity under its natural key. Writing the value it already has changes nothing:
     * no new version and no event.
     */
    public WriteResult<T> put(String school, String key, T value, Precondition precondition, String actor) {
        Document data = toData(value);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document current = current(school, key);
            boolean exists = current != null && !current.getBoolean(DELETED, false);
            precondition.check(exists ? version(current) : null);
            if (exists && data.equals(current.get(DATA, Document.class))) {
                return new WriteResult<>(WriteResult.Outcome.UNCHANGED, toVersioned(current));
            }
            checkLocks(school, key, exists ? fromData(current.get(DATA, Document.class)) : null, value);
            PendingEvent event = changeEvent(current, exists, value, data, actor);
            boolean written = current == null ? insert(school, key, data, event) : update(current, data, false, event);
            if (written) {
                announce(id(school, key));
                WriteResult.Outcome outcome = exists ? WriteResult.Outcome.UPDATED : WriteResult.Outcome.CREATED;
                return new WriteResult<>(outcome, new Versioned<>(school, key, value, event.version(), event.time(), actor));
            }
        }
        throw new ConflictException(type.name() + " '" + key + "' is being changed concurrently; retry");
    }

    /**
     * Creates an entity that has no natural key. With an idempotency key the entity's key is derived from it, so
     * repeating the request creates nothing new; repeating the key with a different entity is a conflict.
     */
    public WriteResult<T> create(String school, T value, String idempotencyKey, String actor) {
        if (idempotencyKey == null) {
            return put(school, UUID.randomUUID().toString(), value, Precondition.NONE, actor);
        }
        String key = keyFor(idempotencyKey);
        Document stored = current(school, key);
        if (stored != null && stored.getBoolean(DELETED, false)) {
            throw new ConflictException("the " + type.name() + " created with the Idempotency-Key '" + idempotencyKey
                    + "' (" + key + ") has been deleted; use a new key to create another");
        }
        Optional<Versioned<T>> earlier = Optional.ofNullable(stored).map(this::toVersioned);
        if (earlier.isPresent()) {
            if (!toData(earlier.get().value()).equals(toData(value))) {
                throw new ConflictException("the Idempotency-Key '" + idempotencyKey + "' was already used for a "
                        + "different " + type.name() + " (" + key + "); use a new key for a new " + type.name());
            }
            return new WriteResult<>(WriteResult.Outcome.UNCHANGED, earlier.get());
        }
        return put(school, key, value, Precondition.NONE, actor);
    }

    /** The key an idempotency key stands for: the same key always gives the same entity. */
    public static String keyFor(String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates or replaces many entities of one school with a few round trips, as {@link #put} would one by one.
     * Entities changed concurrently by another writer are written one by one instead.
     *
     * @throws YearLockedException before writing anything when one of them would change the figures of a locked
     *                             report year; an import finds such rows first with {@link #lockedProblems}
     */
    public BulkResult putAll(String school, List<Keyed<T>> entities, String actor) {
        Map<String, Keyed<T>> byId = new LinkedHashMap<>();
        entities.forEach(entity -> byId.put(id(school, entity.key()), entity));
        Map<String, Document> current = new HashMap<>();
        collection.find(in(ID, byId.keySet())).projection(Projections.exclude(OUTBOX))
                .forEach(document -> current.put(document.getString(ID), document));
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<Keyed<T>> written = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        List<Boolean> existed = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Keyed<T>> entry : byId.entrySet()) {
            Keyed<T> entity = entry.getValue();
            Document existing = current.get(entry.getKey());
            boolean exists = existing != null && !existing.getBoolean(DELETED, false);
            Document data = toData(entity.value());
            if (exists && data.equals(existing.get(DATA, Document.class))) {
                unchanged++;
                continue;
            }
            checkLocks(school, entity.key(), exists ? fromData(existing.get(DATA, Document.class)) : null, entity.value());
            PendingEvent event = changeEvent(existing, exists, entity.value(), data, actor);
            writes.add(existing == null
                    ? new InsertOneModel<>(newDocument(school, entity.key(), data, event))
                    : new UpdateOneModel<>(atVersion(entry.getKey(), version(existing)),
                            change(data, false, event)));
            written.add(entity);
            eventIds.add(event.id());
            existed.add(exists);
        }
        if (writes.isEmpty()) {
            return new BulkResult(0, 0, unchanged);
        }
        List<String> ids = written.stream().map(entity -> id(school, entity.key())).toList();
        boolean allApplied;
        try {
            BulkWriteResult result = collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            allApplied = result.getInsertedCount() + result.getMatchedCount() == writes.size();
        } catch (MongoBulkWriteException e) {
            allApplied = false;
        }
        announce(ids);
        Set<String> applied = allApplied ? Set.copyOf(eventIds) : appliedEvents(ids, eventIds);
        int created = 0;
        int updated = 0;
        List<Keyed<T>> changedMeanwhile = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            if (!applied.contains(eventIds.get(i))) {
                changedMeanwhile.add(written.get(i));
            } else if (existed.get(i)) {
                updated++;
            } else {
                created++;
            }
        }
        // only the entities another writer changed between our read and our write are written again; retrying one
        // the bulk write applied would write it back over a newer change
        return retryOneByOne(school, changedMeanwhile, actor).plus(new BulkResult(created, updated, unchanged));
    }

    /**
     * Which of these events were written: still in their document's outbox, or already published and so in the
     * history (the relay records an event there before it clears it from the outbox, and the outbox is read first).
     */
    private Set<String> appliedEvents(List<String> documentIds, List<String> eventIds) {
        Set<String> wanted = Set.copyOf(eventIds);
        Set<String> applied = new HashSet<>();
        collection.find(in(ID, documentIds)).projection(Projections.include(OUTBOX + "." + PendingEvent.ID))
                .forEach(document -> document.getList(OUTBOX, Document.class, List.of()).forEach(event -> {
                    if (wanted.contains(event.getString(PendingEvent.ID))) {
                        applied.add(event.getString(PendingEvent.ID));
                    }
                }));
        history.find(in(ID, eventIds)).projection(Projections.include(ID))
                .forEach(entry -> applied.add(entry.getString(ID)));
        return applied;
    }

    /**
     * Which of these entities may not be written because they would change the figures of a locked report year,
     * by key: one query for all of them, and none while the school has no locked year.
     */
    public Map<String, YearLockedException> lockedProblems(String school, List<Keyed<T>> entities) {
        Map<String, YearLockedException> problems = new HashMap<>();
        locks.requireKnown();
        if (!locks.anyLocked(school) || entities.isEmpty()) {
            return problems;
        }
        Map<String, T> stored = new HashMap<>();
        collection.find(in(ID, entities.stream().map(entity -> id(school, entity.key())).toList()))
                .projection(Projections.include(KEY, DELETED, DATA))
                .forEach(document -> {
                    if (!document.getBoolean(DELETED, false)) {
                        stored.put(document.getString(KEY), fromData(document.get(DATA, Document.class)));
                    }
                });
        for (Keyed<T> entity : entities) {
            LockRule.check(type, school, entity.key(), stored.get(entity.key()), entity.value(), locks.of(school))
                    .ifPresent(problem -> problems.put(entity.key(), problem));
        }
        return problems;
    }

    private void checkLocks(String school, String key, T before, T after) {
        locks.requireKnown();
        if (locks.anyLocked(school)) {
            LockRule.check(type, school, key, before, after, locks.of(school)).ifPresent(problem -> {
                throw problem;
            });
        }
    }

    private BulkResult retryOneByOne(String school, List<Keyed<T>> entities, String actor) {
        BulkResult result = new BulkResult(0, 0, 0);
        for (Keyed<T> entity : entities) {
            WriteResult.Outcome outcome = put(school, entity.key(), entity.value(), Precondition.NONE, actor).outcome();
            result = result.plus(new BulkResult(outcome == WriteResult.Outcome.CREATED ? 1 : 0,
                    outcome == WriteResult.Outcome.UPDATED ? 1 : 0, outcome == WriteResult.Outcome.UNCHANGED ? 1 : 0));
        }
        return result;
    }

    /** Deletes the entity and announces it with a tombstone. */
    public WriteResult<T> delete(String school, String key, Precondition precondition, String actor) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document current = current(school, key);
            if (current == null || current.getBoolean(DELETED, false)) {
                throw NotFoundException.of(type.name(), school, key);
            }
            precondition.check(version(current));
            checkLocks(school, key, fromData(current.get(DATA, Document.class)), null);
            Instant time = now();
            PendingEvent event = new PendingEvent(EventIds.at(time), type.deletedEventType(), time,
                    version(current) + 1, actor, null);
            if (update(current, null, true, event)) {
                announce(id(school, key));
                return new WriteResult<>(WriteResult.Outcome.DELETED, null);
            }
        }
        throw new ConflictException(type.name() + " '" + key + "' is being changed concurrently; retry");
    }

    /**
     * Every version of an entity, oldest first, including a deletion and changes not yet published.
     *
     * @throws NotFoundException when the entity never existed
     */
    public List<Revision> history(String school, String key) {
        // the outbox first: the relay records an event in the history before it clears it from the outbox, so an
        // event gone from the outbox by the time the history is read is found there
        Map<String, Revision> revisions = new LinkedHashMap<>();
        Document current = collection.find(eq(ID, id(school, key))).projection(Projections.include(OUTBOX)).first();
        if (current != null) {
            current.getList(OUTBOX, Document.class, List.of()).forEach(pending -> {
                PendingEvent event = PendingEvent.fromDocument(pending);
                revisions.put(event.id(), toRevision(event));
            });
        }
        history.find(and(eq(SCHOOL, school), eq(KEY, key)))
                .forEach(entry -> revisions.putIfAbsent(entry.getString(ID), toRevision(PendingEvent.fromDocument(entry))));
        if (revisions.isEmpty()) {
            throw NotFoundException.of(type.name(), school, key);
        }
        return revisions.values().stream().sorted(Comparator.comparingLong(Revision::version)).toList();
    }

    /** Keeps published-to-be events in the entity's history; recording an event twice keeps it once. */
    public void recordHistory(List<OutboxBatch> batches) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (OutboxBatch batch : batches) {
            EventKey key = EventKey.parse(batch.documentId());
            for (PendingEvent event : batch.pending()) {
                writes.add(new InsertOneModel<>(event.toDocument().append(ID, event.id()).append(SCHOOL, key.school())
                        .append(KEY, key.naturalKey())));
            }
        }
        if (writes.isEmpty()) {
            return;
        }
        // plain inserts keyed by event id, unordered: an event recorded before (a relay repeating itself after a
        // crash) is a duplicate key and skipped, every other one is written. Upserts would cost a lookup each.
        try {
            history.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException partly) {
            boolean onlyRepeats = partly.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyRepeats) {
                throw partly;
            }
        }
    }

    /** The pending events of documents this instance wrote since the last call, found by id. */
    public List<OutboxBatch> writtenBatches(int limit) {
        Set<String> ids = new LinkedHashSet<>();
        String id;
        while (ids.size() < limit && (id = written.poll()) != null) {
            ids.add(id);
        }
        List<OutboxBatch> batches = new ArrayList<>();
        if (!ids.isEmpty()) {
            collection.find(in(ID, ids)).projection(Projections.include(SCHOOL, KEY, VERSION, OUTBOX))
                    .forEach(document -> {
                        if (!document.getList(OUTBOX, Document.class, List.of()).isEmpty()) {
                            batches.add(toBatch(document));
                        }
                    });
        }
        return batches;
    }

    /**
     * Every document with events still to publish, those waiting longest first: events written by another
     * instance, or left behind by a crash.
     */
    public List<OutboxBatch> pendingBatches(int limit) {
        List<OutboxBatch> batches = new ArrayList<>();
        collection.find(exists(PENDING)).projection(Projections.include(SCHOOL, KEY, VERSION, OUTBOX))
                .sort(Sorts.ascending(PENDING)).limit(limit)
                .forEach(document -> batches.add(toBatch(document)));
        return batches;
    }

    /**
     * Clears published events: removes the whole outbox of each document not written since its batch was read,
     * and only when some were, removes just the published events from every document of the batches (a no-op
     * for those already cleared); their newer events wait for the next round.
     */
    public void clearPublished(List<OutboxBatch> batches) {
        if (batches.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> clears = new ArrayList<>(batches.size());
        for (OutboxBatch batch : batches) {
            clears.add(new UpdateOneModel<>(atVersion(batch.documentId(), batch.documentVersion()),
                    Updates.combine(Updates.unset(OUTBOX), Updates.unset(PENDING))));
        }
        if (collection.bulkWrite(clears, new BulkWriteOptions().ordered(false)).getMatchedCount() == batches.size()) {
            return;
        }
        List<WriteModel<Document>> pulls = new ArrayList<>(batches.size());
        for (OutboxBatch batch : batches) {
            List<String> published = batch.events().stream().map(ChangeEvent::id).toList();
            pulls.add(new UpdateOneModel<>(eq(ID, batch.documentId()),
                    Updates.pull(OUTBOX, new Document(PendingEvent.ID, new Document("$in", published)))));
        }
        collection.bulkWrite(pulls, new BulkWriteOptions().ordered(false));
    }

    public long countPendingDocuments() {
        return collection.countDocuments(exists(PENDING));
    }

    /**
     * The document with this id as long as it still has this version. A plain document, not {@code Filters.and},
     * which the driver writes as {@code $and}: the embedded server then finds no index and scans the collection.
     */
    static Document atVersion(String id, long version) {
        return new Document(ID, id).append(VERSION, version);
    }

    private void announce(String documentId) {
        written.add(documentId);
        onPendingEvent.run();
    }

    private void announce(List<String> documentIds) {
        written.addAll(documentIds);
        onPendingEvent.run();
    }

    private Document current(String school, String key) {
        return collection.find(eq(ID, id(school, key))).projection(Projections.exclude(OUTBOX)).first();
    }

    private PendingEvent changeEvent(Document current, boolean exists, T value, Document data, String actor) {
        T before = exists ? fromData(current.get(DATA, Document.class)) : null;
        long next = current == null ? 1 : version(current) + 1;
        Object payload = type.eventPayload(value);
        Document snapshot = payload == value ? data : toDocument(payload);
        Instant time = now();
        return new PendingEvent(EventIds.at(time), type.eventType(before, value), time, next, actor, snapshot);
    }

    /** MongoDB keeps milliseconds; the answer to a write shows the time as every later read will. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private boolean insert(String school, String key, Document data, PendingEvent event) {
        try {
            collection.insertOne(newDocument(school, key, data, event));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private Document newDocument(String school, String key, Document data, PendingEvent event) {
        return new Document(ID, id(school, key)).append(SCHOOL, school).append(KEY, key)
                .append(VERSION, event.version()).append(DELETED, false).append(DATA, data)
                .append(UPDATED_AT, Date.from(event.time())).append(UPDATED_BY, event.actor())
                .append(PENDING, Date.from(event.time())).append(OUTBOX, List.of(event.toDocument()));
    }

    private boolean update(Document current, Document data, boolean deleted, PendingEvent event) {
        return collection.updateOne(atVersion(current.getString(ID), version(current)),
                change(data, deleted, event)).getMatchedCount() == 1;
    }

    private static Bson change(Document data, boolean deleted, PendingEvent event) {
        return Updates.combine(
                Updates.set(DATA, data), Updates.set(VERSION, event.version()), Updates.set(DELETED, deleted),
                Updates.set(UPDATED_AT, Date.from(event.time())), Updates.set(UPDATED_BY, event.actor()),
                Updates.min(PENDING, Date.from(event.time())), Updates.push(OUTBOX, event.toDocument()));
    }

    private static Bson query(String school, Bson filter) {
        List<Bson> conditions = new ArrayList<>(List.of(eq(SCHOOL, school), eq(DELETED, false)));
        if (filter != null) {
            conditions.add(filter);
        }
        return and(conditions);
    }

    private OutboxBatch toBatch(Document document) {
        String school = document.getString(SCHOOL);
        EventKey key = new EventKey(school, document.getString(KEY));
        List<PendingEvent> pending = new ArrayList<>();
        List<ChangeEvent> events = new ArrayList<>();
        for (Document stored : document.getList(OUTBOX, Document.class, List.of())) {
            PendingEvent event = PendingEvent.fromDocument(stored);
            byte[] payload = event.snapshot() == null ? null : json.writeValueAsBytes(JsonBson.toJson(event.snapshot()));
            pending.add(event);
            events.add(new ChangeEvent(event.id(), event.type(), source, event.time(), type.topic(), key,
                    event.version(), event.actor(), payload));
        }
        return new OutboxBatch(this, document.getString(ID), version(document), pending, events);
    }

    private static Revision toRevision(PendingEvent event) {
        return new Revision(event.version(), event.type(), event.time(), event.actor(),
                event.snapshot() == null ? null : JsonBson.toJson(event.snapshot()));
    }

    private Versioned<T> toVersioned(Document document) {
        return new Versioned<>(document.getString(SCHOOL), document.getString(KEY),
                fromData(document.get(DATA, Document.class)), version(document),
                document.getDate(UPDATED_AT).toInstant(), document.getString(UPDATED_BY));
    }

    private Document toData(T value) {
        return toDocument(value);
    }

    private Document toDocument(Object value) {
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
