package org.vetreport.report.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.ChangeEvent;
import org.vetreport.platform.kit.store.Page;

/**
 * Every write on the platform, as the events announced it: who changed which entity of which school, when, into
 * which version. Kept once per event id, so redelivered events are not counted twice, and kept apart from the
 * replica so that rebuilding the replica from compacted topics loses no history. Each entry also says when the report
 * service recorded it, right after applying the event to the replica, so how far the replica trails the writes can be
 * read from the log.
 */
@Component
public class AuditLog {

    private final MongoCollection<Document> entries;
    private final Clock clock;

    AuditLog(MongoDatabase database, Clock clock) {
        this.clock = clock;
        this.entries = database.getCollection("audit");
        entries.createIndex(Indexes.ascending("school", "time"));
    }

    /** Records the events with one round trip; an event recorded before (a redelivery) is kept as it was. */
    public void recordAll(List<ChangeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Date recordedAt = Date.from(clock.instant());
        List<Document> batch = events.stream().map(event -> new Document("_id", event.id())
                .append("school", event.school()).append("time", Date.from(event.time())).append("actor", event.actor())
                .append("type", event.type()).append("topic", event.topic().name())
                .append("key", event.subject()).append("version", event.entityVersion())
                .append("recordedAt", recordedAt)).toList();
        try {
            entries.insertMany(batch, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }

    /** One school's writes from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public Page<Entry> find(String school, Instant from, Instant to, String actor, int page, int size) {
        List<Bson> conditions = new ArrayList<>(List.of(eq("school", school)));
        if (from != null) {
            conditions.add(gte("time", Date.from(from)));
        }
        if (to != null) {
            conditions.add(lt("time", Date.from(to)));
        }
        if (actor != null) {
            conditions.add(eq("actor", actor));
        }
        Bson query = and(conditions);
        List<Entry> items = new ArrayList<>();
        entries.find(query).sort(Sorts.ascending("time", "_id")).skip(page * size).limit(size)
                .forEach(document -> items.add(new Entry(document.getString("_id"),
                        document.getDate("time").toInstant(), document.getString("actor"), document.getString("type"),
                        document.getString("topic"), document.getString("key"),
                        document.get("version", Number.class).longValue(), recordedAt(document))));
        return new Page<>(items, page, size, entries.countDocuments(query));
    }

    /** Entries recorded before the log kept this time have none. */
    private static Instant recordedAt(Document entry) {
        Date recordedAt = entry.getDate("recordedAt");
        return recordedAt == null ? null : recordedAt.toInstant();
    }

    /** One write. */
    public record Entry(String eventId,
            @Schema(description = "when the domain service made the write") Instant time,
            String actor, String type,
            @Schema(description = "the kind of entity, as the topic that carries it", example = "student.students.v1") String topic,
            @Schema(description = "the entity's key within its school") String key, long version,
            @Schema(description = "when the report service applied the write to its replica; minus time, how long the "
                    + "report trailed the write. Absent on entries recorded before the service kept this time") Instant recordedAt) {
    }
}
