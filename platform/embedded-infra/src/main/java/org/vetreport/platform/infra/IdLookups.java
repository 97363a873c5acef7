package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Answers a find of documents by a list of ids ({@code {_id: {$in: [...]}}}) as one find per id. mongo-java-server
 * finds the documents through the {@code _id} index, but then matches each one against the whole filter again, and
 * its {@code $in} match first compares the document's id with the entire list, copying the list each time: a batch
 * of 500 ids cost 500 copies of 500 values. The stores read every write batch this way (the stored versions before a
 * bulk write, the relay's written batches, the replica's versions), which made it a tenth of the server's time on a
 * bulk import. A find of one id matches one value. The documents come back in the index's order, each id once, all in
 * the first batch.
 * <p>
 * Served here: a filter of exactly {@code _id} with {@code $in} of up to {@value #MAX_IDS} strings, with or without
 * a projection, and no sort, skip, limit or other option that shapes the result. Anything else runs as the server
 * runs it.
 */
final class IdLookups {

    static final int MAX_IDS = 1000;

    private static final Set<String> SHAPING_OPTIONS = Set.of("sort", "skip", "limit", "hint", "min", "max",
            "collation", "returnKey", "showRecordId", "tailable", "awaitData", "allowPartialResults", "explain");
    private static final ValueComparator INDEX_ORDER = ValueComparator.ascWithoutListHandling();

    private IdLookups() {
    }

    /**
     * Handles a command of a database: {@code handle} runs a command as the server does, {@code exists} says whether
     * a collection of that name exists.
     */
    static Document handleCommand(String database, String command, Document query,
                                  Predicate<String> exists, UnaryOperator<Document> handle) {
        // the collection is looked up only for a lookup by ids, not for every find
        List<String> ids = command.equalsIgnoreCase("find") ? ids(query) : null;
        if (ids == null || !(query.get("find") instanceof String name) || !exists.test(name)) {
            return handle.apply(query);
        }
        List<Object> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            Document one = query.clone();
            one.put("filter", new Document("_id", id));
            one.remove("batchSize");
            Document answer = handle.apply(one);
            if (!(answer.get("cursor") instanceof Document cursor) || !(cursor.get("firstBatch") instanceof List<?> batch)
                    || !Long.valueOf(0).equals(cursor.get("id"))) {
                return handle.apply(query);
            }
            found.addAll(batch);
        }
        return new Document("cursor", new Document("firstBatch", found).append("id", 0L).append("ns", database + "." + name))
                .append("ok", 1.0);
    }

    /** The distinct ids the query asks for, in index order, or null when it is not a plain lookup by ids. */
    private static List<String> ids(Document query) {
        if (!(query.get("filter") instanceof Document filter) || filter.size() != 1
                || !(filter.get("_id") instanceof Document condition) || condition.size() != 1
                || !(condition.get("$in") instanceof List<?> values) || values.size() > MAX_IDS
                || query.keySet().stream().anyMatch(SHAPING_OPTIONS::contains)) {
            return null;
        }
        TreeSet<String> ids = new TreeSet<>(INDEX_ORDER::compare);
        for (Object value : values) {
            if (!(value instanceof String id)) {
                return null;
            }
            ids.add(id);
        }
        return new ArrayList<>(ids);
    }
}
