package org.vetreport.report.replica;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * A counter per school of the events applied to its replica. Figures computed from a school's records stay
 * valid while its counter stands still, whatever happens to other schools; the counter lives in the database,
 * so every instance of the service sees the same one.
 */
@Component
public class SchoolChanges {

    private static final String CHANGES = "changes";

    private final MongoCollection<Document> counters;

    SchoolChanges(MongoDatabase database) {
        this.counters = database.getCollection("replica_school_changes");
    }

    /** Adds to each school's counter the number of its changes, with one round trip. */
    void record(Map<String, Long> changesBySchool) {
        if (changesBySchool.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> increments = changesBySchool.entrySet().stream()
                .map(changes -> new UpdateOneModel<Document>(eq("_id", changes.getKey()),
                        Updates.inc(CHANGES, changes.getValue()), new UpdateOptions().upsert(true)))
                .toList();
        counters.bulkWrite(increments, new BulkWriteOptions().ordered(false));
    }

    /** How many events have changed the school's replica so far; 0 for a school nothing was heard of. */
    public long of(String school) {
        Document counter = counters.find(eq("_id", school)).first();
        return counter == null ? 0 : counter.get(CHANGES, Number.class).longValue();
    }
}
