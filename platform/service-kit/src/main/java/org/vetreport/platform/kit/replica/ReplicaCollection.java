package org.vetreport.platform.kit.replica;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import java.util.Date;
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
        Document replacement = new Document(ID, id)
                .append(SCHOOL, event.school())
                .append("key", event.subject())
                .append(VERSION, event.entityVersion())
                .append(DELETED, event.isTombstone())
                .append(DATA, event.isTombstone() ? null : parse(event.payload()))
                .append("eventId", event.id())
                .append("eventType", event.type())
                .append("eventTime", Date.from(event.time()));
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
