package org.vetreport.report.replica;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.events.Topic;

/**
 * A counter per school of the events applied to its replica, in all and per topic. Figures computed from a school's
 * records stay valid while its counter stands still, whatever happens to other schools, and the records of one
 * topic while the topic's counter does; the counters live in the database, so every instance of the service sees
 * the same ones.
 */
@Component
public class SchoolChanges {

    private static final String CHANGES = "changes";
    private static final String TOPICS = "topics";

    private final MongoCollection<Document> counters;

    SchoolChanges(MongoDatabase database) {
        this.counters = database.getCollection("replica_school_changes");
    }

    /** Adds the changes to their schools' counters, with one round trip. */
    void record(List<ChangeEvent> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Map<Topic, Long>> bySchool = changes.stream().collect(Collectors.groupingBy(ChangeEvent::school,
                Collectors.groupingBy(ChangeEvent::topic, Collectors.counting())));
        List<UpdateOneModel<Document>> increments = new ArrayList<>(bySchool.size());
        bySchool.forEach((school, byTopic) -> {
            List<Bson> updates = new ArrayList<>();
            updates.add(Updates.inc(CHANGES, byTopic.values().stream().mapToLong(Long::longValue).sum()));
            byTopic.forEach((topic, count) -> updates.add(Updates.inc(TOPICS + "." + field(topic), count)));
            increments.add(new UpdateOneModel<>(eq("_id", school), Updates.combine(updates), new UpdateOptions().upsert(true)));
        });
        counters.bulkWrite(increments, new BulkWriteOptions().ordered(false));
    }

    /** How many events have changed the school's replica so far; zeros for a school nothing was heard of. */
    public Counts of(String school) {
        Document counter = counters.find(eq("_id", school)).first();
        if (counter == null) {
            return new Counts(0, Map.of());
        }
        Map<String, Long> byTopic = new TreeMap<>();
        Document topics = counter.get(TOPICS, Document.class);
        if (topics != null) {
            topics.forEach((topic, count) -> byTopic.put(topic, ((Number) count).longValue()));
        }
        return new Counts(counter.get(CHANGES, Number.class).longValue(), Map.copyOf(byTopic));
    }

    /** A field name for the topic: its name without the dots, which a field name would take for a path. */
    private static String field(Topic topic) {
        return topic.name().replace('.', '_');
    }

    /**
     * @param total   all events applied to the school's replica
     * @param byTopic per topic, those counted since topics were counted (a topic without changes since has none)
     */
    public record Counts(long total, Map<String, Long> byTopic) {

        public long of(Topic topic) {
            return byTopic.getOrDefault(field(topic), 0L);
        }
    }
}
