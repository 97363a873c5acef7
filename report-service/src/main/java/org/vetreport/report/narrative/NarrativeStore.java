package org.vetreport.report.narrative;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.ConflictException;
import org.vetreport.platform.kit.store.Precondition;

/**
 * The editors' narrative, one document per school, year and section with its current version, and every version
 * in {@code report_narratives_history}. A plain collection rather than the kit's EntityStore: narrative is the
 * report service's own working text, which no other service consumes, so it needs versions and history but no
 * Kafka topic, outbox or period locks; editions freeze it by copying it.
 */
@Component
public class NarrativeStore {

    private final MongoCollection<Document> current;
    private final MongoCollection<Document> history;

    NarrativeStore(MongoDatabase database) {
        this.current = database.getCollection("report_narratives");
        this.history = database.getCollection("report_narratives_history");
        current.createIndex(Indexes.ascending("school", "year"));
        history.createIndex(Indexes.ascending("school", "year", "section", "version"));
    }

    /** The narrative of every section of one school's year, by section id in id order. */
    public Map<String, Narrative> of(String school, int year) {
        Map<String, Narrative> all = new LinkedHashMap<>();
        current.find(and(eq("school", school), eq("year", year))).sort(Sorts.ascending("section"))
                .forEach(document -> all.put(document.getString("section"), narrative(document)));
        return all;
    }

    public Optional<Narrative> find(String school, int year, String section) {
        return Optional.ofNullable(current.find(eq("_id", school + ":" + year + ":" + section)).first())
                .map(NarrativeStore::narrative);
    }

    /**
     * Saves a new version; the same text again changes nothing.
     *
     * @param precondition what the editor expects of the current version ({@code If-Match})
     * @throws ConflictException when another save got in between reading and writing
     */
    public Narrative save(String school, int year, String section, String text, Precondition precondition,
                          String actor, Instant at) {
        String id = school + ":" + year + ":" + section;
        Document before = current.find(eq("_id", id)).first();
        long version = before == null ? 0 : before.get("version", Number.class).longValue();
        precondition.check(before == null ? null : version);
        if (before != null && before.getString("text").equals(text)) {
            return narrative(before);
        }
        Document next = new Document("_id", id).append("school", school).append("year", year).append("section", section)
                .append("text", text).append("version", version + 1).append("updatedAt", Date.from(at)).append("updatedBy", actor);
        // written only over the version read, so two editors saving at once cannot both win
        boolean written;
        if (before == null) {
            try {
                current.insertOne(next);
                written = true;
            } catch (MongoWriteException duplicate) {
                written = false;
            }
        } else {
            written = current.replaceOne(and(eq("_id", id), eq("version", version)), next).getMatchedCount() == 1;
        }
        if (!written) {
            throw new ConflictException("section '" + section + "' changed while it was being saved; read it again");
        }
        Document kept = new Document(next);
        kept.put("_id", id + ":" + (version + 1));
        history.insertOne(kept);
        return narrative(next);
    }

    /** Every version of one section, oldest first. */
    public List<Narrative> history(String school, int year, String section) {
        List<Narrative> versions = new ArrayList<>();
        history.find(Filters.and(eq("school", school), eq("year", year), eq("section", section)))
                .sort(Sorts.ascending("version")).forEach(document -> versions.add(narrative(document)));
        return versions;
    }

    private static Narrative narrative(Document document) {
        return new Narrative(document.getString("section"), document.getString("text"),
                document.get("version", Number.class).longValue(), document.getDate("updatedAt").toInstant(),
                document.getString("updatedBy"));
    }
}
