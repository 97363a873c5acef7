package org.vetreport.report.replica;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
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

    void advance(String topic, int partition, long offset, Instant eventTime) {
        positions.updateOne(eq("_id", topic + ":" + partition), Updates.combine(
                Updates.set("topic", topic), Updates.set("partition", partition),
                Updates.max("offset", offset), Updates.max("eventTime", Date.from(eventTime))),
                new UpdateOptions().upsert(true));
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
