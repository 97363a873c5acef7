package org.vetreport.report.replica;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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

    void record(String school) {
        counters.updateOne(eq("_id", school), Updates.inc(CHANGES, 1L), new UpdateOptions().upsert(true));
    }

    /** How many events have changed the school's replica so far; 0 for a school nothing was heard of. */
    public long of(String school) {
        Document counter = counters.find(eq("_id", school)).first();
        return counter == null ? 0 : counter.get(CHANGES, Number.class).longValue();
    }
}
