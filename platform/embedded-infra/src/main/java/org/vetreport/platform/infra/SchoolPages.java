package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Pages and counts of one school's documents from a {@link KeyOrderedSchoolIndex}, without reading the documents
 * around them. mongo-java-server answers a page ({@code find} with a sort, skip and limit) by reading, matching and
 * sorting every document the index offers, all of the school's, and a count ({@code countDocuments}, an aggregation
 * ending in a {@code $group} that sums 1) by reading them too: a page of 20 students of a school of 3,000 read 3,000.
 * <p>
 * Served here: a filter of equalities with strings or booleans on the index's leading keys ({@code school} first,
 * at the top level or in a top-level {@code $and}), and for a page, a sort ascending on the index key after them.
 * A count is the difference of two ranks in the index. A page's positions are found by rank and handed to the
 * index (on this thread) for the collection's query, which then reads, matches and sorts only those; the skip is
 * dropped from the command since the index applied it. Anything else runs as the server runs it.
 */
final class SchoolPages {

    // the collection asks its index for positions on the thread that handles the command
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private SchoolPages() {
    }

    /**
     * Handles a command of a database: {@code handle} runs a command as the server does, {@code collections} finds
     * an existing collection by name (null when there is none).
     */
    static Document handleCommand(String database, String command, Document query,
                                  Function<String, MongoCollection<?>> collections, UnaryOperator<Document> handle) {
        if (command.equalsIgnoreCase("find") && query.get("find") instanceof String name) {
            return find(query, collections.apply(name), handle);
        }
        if (command.equalsIgnoreCase("aggregate") && query.get("aggregate") instanceof String name) {
            Document count = count(database + "." + name, query, collections.apply(name));
            if (count != null) {
                return count;
            }
        }
        return handle.apply(query);
    }

    /** The page the index found for this command, if it is this index's. */
    static List<Object> claim(KeyOrderedSchoolIndex index) {
        Pending pending = PENDING.get();
        if (pending == null || pending.index() != index) {
            return null;
        }
        PENDING.remove();
        return pending.positions();
    }

    private static Document find(Document query, MongoCollection<?> collection, UnaryOperator<Document> handle) {
        if (collection == null || !(query.get("filter") instanceof Document filter)
                || !(query.get("sort") instanceof Document sort) || sort.size() != 1
                || !(sort.values().iterator().next() instanceof Number direction) || direction.intValue() != 1
                || !(number(query, "skip") instanceof Long skip) || !(number(query, "limit") instanceof Long limit)
                || skip < 0 || limit < 0 || limit > Integer.MAX_VALUE || query.containsKey("hint")
                || query.containsKey("min") || query.containsKey("max") || query.containsKey("collation")) {
            return handle.apply(query);
        }
        Map<String, Object> equalities = equalities(filter);
        String sortKey = sort.keySet().iterator().next();
        for (KeyOrderedSchoolIndex index : schoolIndexes(collection)) {
            List<Object> leading = leading(index, equalities);
            List<String> keys = keyNames(index);
            if (leading != null && leading.size() < keys.size() && keys.get(leading.size()).equals(sortKey)
                    && index.getKeys().get(leading.size()).isAscending()) {
                PENDING.set(new Pending(index, index.page(leading, skip, limit.intValue())));
                try {
                    Document withoutSkip = query.clone();
                    withoutSkip.remove("skip");
                    return handle.apply(withoutSkip);
                } finally {
                    PENDING.remove();
                }
            }
        }
        return handle.apply(query);
    }

    private static Document count(String namespace, Document query, MongoCollection<?> collection) {
        if (collection == null || query.containsKey("explain") || !(query.get("pipeline") instanceof List<?> stages)
                || stages.size() != 2 || !(stages.get(0) instanceof Document first) || first.size() != 1
                || !(first.get("$match") instanceof Document filter) || !(stages.get(1) instanceof Document second)
                || !isCountGroup(second)) {
            return null;
        }
        Map<String, Object> equalities = equalities(filter);
        for (KeyOrderedSchoolIndex index : schoolIndexes(collection)) {
            List<Object> leading = leading(index, equalities);
            if (leading != null) {
                long count = index.count(leading);
                List<Document> batch = count == 0 ? List.of()
                        : List.of(new Document("_id", 1).append("n", count <= Integer.MAX_VALUE ? (Object) (int) count : count));
                return new Document("cursor", new Document("firstBatch", batch).append("id", 0L).append("ns", namespace))
                        .append("ok", 1.0);
            }
        }
        return null;
    }

    /** The stage {@code countDocuments} ends with: {@code {$group: {_id: 1, n: {$sum: 1}}}}. */
    private static boolean isCountGroup(Document stage) {
        return stage.size() == 1 && stage.get("$group") instanceof Document group && group.size() == 2
                && group.get("_id") instanceof Number id && id.intValue() == 1
                && group.get("n") instanceof Document sum && sum.size() == 1
                && sum.get("$sum") instanceof Number one && one.intValue() == 1;
    }

    /**
     * The filter's conditions as field → value when every one is an equality with a string or a boolean, at the
     * top level or in a top-level {@code $and}; null otherwise.
     */
    private static Map<String, Object> equalities(Document filter) {
        Map<String, Object> equalities = new LinkedHashMap<>();
        return collectEqualities(filter, equalities) ? equalities : null;
    }

    private static boolean collectEqualities(Document filter, Map<String, Object> equalities) {
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            if (condition.getKey().equals("$and") && condition.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (!(part instanceof Document document) || !collectEqualities(document, equalities)) {
                        return false;
                    }
                }
            } else if (condition.getKey().startsWith("$") || condition.getKey().contains(".")
                    || !(condition.getValue() instanceof String || condition.getValue() instanceof Boolean)
                    || equalities.put(condition.getKey(), condition.getValue()) != null) {
                return false;
            }
        }
        return true;
    }

    /** The values of the index's leading keys when the equalities are on exactly those, the school's first. */
    private static List<Object> leading(KeyOrderedSchoolIndex index, Map<String, Object> equalities) {
        List<String> keys = keyNames(index);
        if (equalities == null || equalities.isEmpty() || equalities.size() > keys.size()
                || !(equalities.get(SchoolIndex.SCHOOL) instanceof String)) {
            return null;
        }
        List<Object> leading = new ArrayList<>(equalities.size());
        for (String key : keys.subList(0, equalities.size())) {
            if (!equalities.containsKey(key)) {
                return null;
            }
            leading.add(equalities.get(key));
        }
        return leading;
    }

    private static List<String> keyNames(KeyOrderedSchoolIndex index) {
        return index.getKeys().stream().map(IndexKey::getKey).toList();
    }

    private static List<KeyOrderedSchoolIndex> schoolIndexes(MongoCollection<?> collection) {
        List<KeyOrderedSchoolIndex> indexes = new ArrayList<>();
        for (Index<?> index : collection.getIndexes()) {
            if (index instanceof KeyOrderedSchoolIndex schoolIndex) {
                indexes.add(schoolIndex);
            }
        }
        return indexes;
    }

    /** A whole number option of the command as a long, 0 when absent, null when it is something else. */
    private static Object number(Document query, String option) {
        Object value = query.getOrDefault(option, 0);
        return value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : null;
    }

    private record Pending(KeyOrderedSchoolIndex index, List<Object> positions) {
    }
}
