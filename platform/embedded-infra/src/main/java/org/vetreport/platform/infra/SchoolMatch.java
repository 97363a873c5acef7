package org.vetreport.platform.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lets an aggregation that starts by matching one school read that school's documents through its
 * {@link SchoolIndex}. mongo-java-server runs every pipeline over all the documents of the collection, so the
 * driver's {@code countDocuments} of one school, an aggregation matching the filter and then counting, scanned the
 * whole collection even where a find of the same filter reads the index. For such a pipeline the server's own
 * aggregate command gets, as its collection, a view whose documents are the ones the first {@code $match} selects,
 * found as a find of that filter finds them and in the same order; the pipeline, that {@code $match} included, then
 * runs unchanged over them. Every other command and pipeline runs exactly as before.
 */
final class SchoolMatch {

    private record Pending(String collection, Document match) {
    }

    // the aggregate command resolves its collection on the thread that handles it, before anything else
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private SchoolMatch() {
    }

    /**
     * Handles a command of a database: {@code handle} runs it as the server does, {@code collections} finds an
     * existing collection by name (null when there is none).
     */
    static Document handleCommand(String command, Document query, Function<String, MongoCollection<?>> collections,
                                  Supplier<Document> handle) {
        Document match = indexedMatch(command, query, collections);
        if (match == null) {
            return handle.get();
        }
        PENDING.set(new Pending((String) query.get("aggregate"), match));
        try {
            return handle.get();
        } finally {
            PENDING.remove();
        }
    }

    /**
     * The collection the database resolved, or, for the first resolution of the collection an aggregation starting
     * with an indexed {@code $match} reads, the view of the documents that match selects.
     */
    static <P> MongoCollection<P> resolved(String name, MongoCollection<P> collection) {
        Pending pending = PENDING.get();
        if (pending == null || collection == null || !pending.collection().equals(name)) {
            return collection;
        }
        // only the pipeline's own collection: a $lookup of the same collection reads all of it
        PENDING.remove();
        return matchedView(collection, pending.match());
    }

    private static Document indexedMatch(String command, Document query,
                                         Function<String, MongoCollection<?>> collections) {
        if (!command.equalsIgnoreCase("aggregate") || query.containsKey("explain")
                || !(query.get("aggregate") instanceof String name)
                || !(query.get("pipeline") instanceof List<?> stages) || stages.isEmpty()
                || !(stages.get(0) instanceof Document first) || first.size() != 1
                || !(first.get("$match") instanceof Document match)
                // a find takes a filter with these keys for a wrapped query, which a $match does not
                || match.containsKey("query") || match.containsKey("$query")) {
            return null;
        }
        MongoCollection<?> collection = collections.apply(name);
        if (collection == null || collection.getIndexes().stream()
                .noneMatch(index -> index instanceof SchoolIndex && index.canHandle(match))) {
            return null;
        }
        return match;
    }

    @SuppressWarnings("unchecked")
    private static <P> MongoCollection<P> matchedView(MongoCollection<P> collection, Document match) {
        return (MongoCollection<P>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("queryAllAsStream") && method.getParameterCount() == 0) {
                        return collection.handleQueryAsStream(match);
                    }
                    try {
                        return method.invoke(collection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
