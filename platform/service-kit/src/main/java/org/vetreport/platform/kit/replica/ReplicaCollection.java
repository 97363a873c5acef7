package org.vetreport.platform.kit.replica;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.kit.json.JsonBson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consumer's copy of one topic's entities. A change is applied only if it is newer than the copy's version,
 * so duplicates, replays and reordering leave it as it was: the replica converges on the latest state whatever
 * order and however often the events arrive. A deletion keeps a marker with its version for the same reason.
 *
 * <p>Document layout: {@code {_id: "<school>:<key>", school, key, version, deleted, data, eventId, eventType,
 * eventTime}}; queries read {@code data.<field>} of documents that are not deleted.
 */
public final class ReplicaCollection {

    public static final String DATA = "data";
    public static final String SCHOOL = "school";
    public static final String DELETED = "deleted";
    private static final String ID = "_id";
    private static final String VERSION = "version";
    private static final String EVENT_ID = "eventId";

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    public ReplicaCollection(MongoCollection<Document> collection, JsonMapper json) {
        this.collection = collection;
        this.json = json;
        collection.createIndex(Indexes.ascending(SCHOOL, DELETED));
        // the embedded server uses an index only for a plain query on exactly its fields: this one serves the
        // versioned replacement below (MongoDB's _id index would do alone)
        collection.createIndex(Indexes.ascending(ID, VERSION), new IndexOptions().unique(true));
    }

    /**
     * @return {@code true} if the event changed the replica, {@code false} if it was not newer than the copy
     * @throws tools.jackson.core.JacksonException when the payload is not a JSON object; such an event can never
     *                                            be applied
     */
    public boolean apply(ChangeEvent event) {
        String id = event.key().toString();
        Document replacement = replacement(event);
        while (true) {
            Document current = collection.find(eq(ID, id)).projection(Projections.include(VERSION)).first();
            if (current != null && current.get(VERSION, Number.class).longValue() >= event.entityVersion()) {
                return false;
            }
            if (current == null ? inserted(replacement)
                    : collection.replaceOne(new Document(ID, id).append(VERSION, current.get(VERSION)), replacement)
                            .getMatchedCount() == 1) {
                return true;
            }
        }
    }

    /**
     * Applies many changes with two round trips, leaving the replica as {@link #apply} would have left it after
     * applying them one by one: one read of the stored versions, then one unordered bulk write of an insertion or a
     * version-conditioned replacement per entity, with its newest change of the batch. A write that another writer
     * (a rebuild filling the same collection) got in before is applied again with {@link #apply}.
     *
     * @return the changes that were written; of several changes of one entity, only the newest can be
     * @throws tools.jackson.core.JacksonException when a payload is not a JSON object; then nothing was written
     */
    public List<ChangeEvent> applyAll(List<ChangeEvent> events) {
        Map<String, ChangeEvent> newest = new LinkedHashMap<>();
        for (ChangeEvent event : events) {
            // of two changes with the same version the first wins, as apply keeps the first
            newest.merge(event.key().toString(), event,
                    (kept, next) -> next.entityVersion() > kept.entityVersion() ? next : kept);
        }
        Map<String, Document> replacements = new LinkedHashMap<>();
        newest.forEach((id, event) -> replacements.put(id, replacement(event)));
        Map<String, Document> stored = stored(newest.keySet());
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<ChangeEvent> attempted = new ArrayList<>();
        int replacing = 0;
        for (ChangeEvent event : newest.values()) {
            String id = event.key().toString();
            Document current = stored.get(id);
            if (current == null) {
                writes.add(new InsertOneModel<>(replacements.get(id)));
            } else if (current.get(VERSION, Number.class).longValue() < event.entityVersion()) {
                // the stored value as read, not a long: the (_id, version) index matches the stored type
                writes.add(new ReplaceOneModel<>(new Document(ID, id).append(VERSION, current.get(VERSION)),
                        replacements.get(id)));
                replacing++;
            } else {
                continue;
            }
            attempted.add(event);
        }
        if (writes.isEmpty()) {
            return List.of();
        }
        Set<String> conflicts = new HashSet<>();
        int matched;
        try {
            matched = collection.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                conflicts.add(attempted.get(error.getIndex()).key().toString());
            }
            matched = e.getWriteResult().getMatchedCount();
        }
        if (matched < replacing) {
            conflicts.addAll(unmatchedReplacements(attempted, stored));
        }
        List<ChangeEvent> written = new ArrayList<>();
        for (ChangeEvent event : attempted) {
            if (!conflicts.contains(event.key().toString()) || apply(event)) {
                written.add(event);
            }
        }
        return written;
    }

    /** The version and event id stored for each of the ids that has a copy. */
    private Map<String, Document> stored(Collection<String> ids) {
        Map<String, Document> stored = new HashMap<>();
        collection.find(in(ID, ids)).projection(Projections.include(VERSION, EVENT_ID))
                .forEach(document -> stored.put(document.getString(ID), document));
        return stored;
    }

    /**
     * The replacements that matched nothing: the bulk result counts matches but does not say which, so the copies
     * are read again; one that does not hold the attempted change was moved by another writer in between.
     */
    private List<String> unmatchedReplacements(List<ChangeEvent> attempted, Map<String, Document> before) {
        List<ChangeEvent> replaced = attempted.stream().filter(event -> before.containsKey(event.key().toString())).toList();
        Map<String, Document> after = stored(replaced.stream().map(event -> event.key().toString()).toList());
        return replaced.stream().filter(event -> {
            Document current = after.get(event.key().toString());
            return current == null || !event.id().equals(current.getString(EVENT_ID));
        }).map(event -> event.key().toString()).toList();
    }

    private Document replacement(ChangeEvent event) {
        return new Document(ID, event.key().toString())
                .append(SCHOOL, event.school())
                .append("key", event.subject())
                .append(VERSION, event.entityVersion())
                .append(DELETED, event.isTombstone())
                .append(DATA, event.isTombstone() ? null : parse(event.payload()))
                .append(EVENT_ID, event.id())
                .append("eventType", event.type())
                .append("eventTime", Date.from(event.time()));
    }

    /** Compare-and-set by insertion: another writer may have put a copy there first, then look again. */
    private boolean inserted(Document replacement) {
        try {
            collection.insertOne(replacement);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    private Document parse(byte[] payload) {
        JsonNode tree = json.readTree(payload);
        return JsonBson.toDocument(tree);
    }
}
