package org.vetreport.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * The baseline of the ingest benchmark ({@code bench/import.sh}): how long raw {@code insertMany} of the documents
 * an import just stored takes on the same MongoDB server, with the plain driver and nothing else.
 *
 * <p>Reads one school's documents from a service's collection and inserts copies, in batches of 1,000, into a
 * collection of the same name in a scratch database that has the same indexes as the real collection (the
 * definitions are copied, so the server maintains the same index entries per insert); then drops the scratch
 * database. Only the inserts are timed.
 *
 * <p>The copies are the documents as the import wrote them: by the time they are read the outbox relay has
 * usually published each entity's event and removed it from the document (keeping it in
 * {@code <collection>_history}), so the event is put back from the history, as is the {@code pending} time it
 * cleared. Without that the baseline would insert documents about half the size the import wrote.
 *
 * <p>Prints one line: {@code <seconds> <documents> <MB of BSON>}.
 * Usage: {@code RawInsertBaseline MONGODB_URI DATABASE COLLECTION SCHOOL}
 */
public final class RawInsertBaseline {

    static final String SCRATCH_DATABASE = "bench-raw-insert";
    private static final int BATCH = 1000;
    // the layout of EntityStore's documents and of its history entries
    private static final String SCHOOL = "school";
    private static final String KEY = "key";
    private static final String VERSION = "version";
    private static final String OUTBOX = "outbox";
    private static final String PENDING = "pending";
    private static final String UPDATED_AT = "updatedAt";

    private RawInsertBaseline() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: RawInsertBaseline MONGODB_URI DATABASE COLLECTION SCHOOL");
            System.exit(2);
        }
        String collectionName = args[2];
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoDatabase source = client.getDatabase(args[1]);
            List<Document> documents = asWritten(source, collectionName, args[3]);
            if (documents.isEmpty()) {
                throw new IllegalStateException("no documents of school " + args[3] + " in " + args[1] + "." + collectionName);
            }
            long bytes = documents.stream()
                    .mapToLong(document -> new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining())
                    .sum();
            MongoDatabase scratch = client.getDatabase(SCRATCH_DATABASE);
            scratch.drop();
            try {
                MongoCollection<Document> target = scratch.getCollection(collectionName);
                copyIndexes(source.getCollection(collectionName), scratch, collectionName);
                long started = System.nanoTime();
                for (int from = 0; from < documents.size(); from += BATCH) {
                    target.insertMany(documents.subList(from, Math.min(from + BATCH, documents.size())));
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("%.2f %d %.1f%n", seconds, documents.size(), bytes / 1e6);
            } finally {
                scratch.drop();
            }
        }
    }

    /** The school's documents with the event and pending time each had when the import wrote it. */
    private static List<Document> asWritten(MongoDatabase database, String collectionName, String school) {
        Map<String, Document> events = new HashMap<>();
        database.getCollection(collectionName + "_history").find(eq(SCHOOL, school)).batchSize(BATCH).forEach(entry -> {
            String key = entry.getString(KEY) + "@" + entry.get(VERSION, Number.class).longValue();
            Document event = new Document(entry);
            event.remove("_id");
            event.remove(SCHOOL);
            event.remove(KEY);
            events.put(key, event);
        });
        List<Document> documents = new ArrayList<>();
        database.getCollection(collectionName).find(eq(SCHOOL, school)).batchSize(BATCH).forEach(document -> {
            if (!document.containsKey(OUTBOX)) {
                Document event = events.get(document.getString(KEY) + "@" + document.get(VERSION, Number.class).longValue());
                if (event != null) {
                    document.append(PENDING, document.getDate(UPDATED_AT)).append(OUTBOX, List.of(event));
                }
            }
            documents.add(document);
        });
        return documents;
    }

    /** Creates the source collection's indexes (but the one on _id, which every collection has) in the scratch one. */
    private static void copyIndexes(MongoCollection<Document> source, MongoDatabase scratch, String collectionName) {
        List<Document> indexes = new ArrayList<>();
        source.listIndexes().forEach(index -> {
            if (!"_id_".equals(index.getString("name"))) {
                Document definition = new Document(index);
                // server-assigned: the index format version and, on older servers, the namespace
                definition.remove("v");
                definition.remove("ns");
                indexes.add(definition);
            }
        });
        scratch.createCollection(collectionName);
        if (!indexes.isEmpty()) {
            scratch.runCommand(new Document("createIndexes", collectionName).append("indexes", indexes));
        }
    }
}
