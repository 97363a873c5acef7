package org.vetreport.platform.kit.replica;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;
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
    private static final String VERSION = "version";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    public ReplicaCollection(MongoCollection<Document> collection, JsonMapper json) {
        this.collection = collection;
        this.json = json;
        collection.createIndex(Indexes.ascending(SCHOOL, DELETED));
    }

    /**
     * @return {@code true} if the event changed the replica, {@code false} if it was not newer than the copy
     * @throws tools.jackson.core.JacksonException when the payload is not a JSON object; such an event can never
     *                                            be applied
     */
    public boolean apply(ChangeEvent event) {
        Document data = event.isTombstone() ? null : parse(event.payload());
        Bson change = Updates.combine(
                Updates.set(SCHOOL, event.school()),
                Updates.set("key", event.subject()),
                Updates.set(VERSION, event.entityVersion()),
                Updates.set(DELETED, event.isTombstone()),
                Updates.set(DATA, data),
                Updates.set("eventId", event.id()),
                Updates.set("eventType", event.type()),
                Updates.set("eventTime", Date.from(event.time())));
        try {
            collection.updateOne(and(eq("_id", event.key().toString()), lt(VERSION, event.entityVersion())), change, UPSERT);
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
