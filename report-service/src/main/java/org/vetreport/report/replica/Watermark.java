package org.vetreport.report.replica;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * How far the replica has read each topic partition: the offset of the last record applied. Indicator values
 * carry it, so a figure can be traced to exactly the events it was computed from.
 */
@Component
public class Watermark {

    private final MongoCollection<Document> positions;

    Watermark(MongoDatabase database) {
        this.positions = database.getCollection("replica_watermark");
    }

    /** Moves each partition's position forward to the given one, with one round trip; never back. */
    void advance(Collection<Position> reached) {
        if (reached.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> updates = reached.stream().map(position -> new UpdateOneModel<Document>(
                eq("_id", position.topic() + ":" + position.partition()), Updates.combine(
                        Updates.set("topic", position.topic()), Updates.set("partition", position.partition()),
                        Updates.max("offset", position.offset()),
                        Updates.max("eventTime", Date.from(position.lastEventTime()))),
                new UpdateOptions().upsert(true))).toList();
        positions.bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }

    public List<Position> positions() {
        List<Position> all = new ArrayList<>();
        positions.find().forEach(document -> all.add(new Position(document.getString("topic"),
                document.getInteger("partition"), document.get("offset", Number.class).longValue(),
                document.getDate("eventTime").toInstant())));
        all.sort(Comparator.comparing(Position::topic).thenComparing(Position::partition));
        return all;
    }

    /** The last record applied from one partition of one topic. */
    public record Position(String topic, int partition, long offset, Instant lastEventTime) {
    }
}
