package org.vetreport.report.edition;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.vetreport.platform.kit.error.ConflictException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editions, one document each, never updated: the frozen inputs are kept as the JSON text they serialise to,
 * so decimals, dates and the order of everything come back exactly as they were written.
 */
@Component
class Editions {

    /** Two editors publishing the same year at once: one takes the next number, the other the one after. */
    private static final int ATTEMPTS = 5;

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    Editions(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection("report_editions");
        this.json = json;
        collection.createIndex(Indexes.ascending("school", "year", "number"));
    }

    /** Stores the edition under the next free number of its school's year. */
    Edition publish(String school, int year, ReportInputs inputs, String yearStatus, String override, String actor) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int number = last(school, year) + 1;
            Edition edition = new Edition(school, year, number, inputs.template(), inputs.generatedAt(), actor,
                    yearStatus, override, inputs);
            try {
                collection.insertOne(new Document("_id", school + ":" + year + ":" + number).append("school", school)
                        .append("year", year).append("number", number).append("template", inputs.template())
                        .append("createdAt", Date.from(inputs.generatedAt())).append("createdBy", actor)
                        .append("yearStatus", yearStatus).append("override", override)
                        .append("inputs", json.writeValueAsString(inputs)));
                return edition;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new ConflictException("editions of " + year + " are being published concurrently; try again");
    }

    /** The editions of a school's year, oldest first. */
    List<Edition> list(String school, int year) {
        List<Edition> editions = new ArrayList<>();
        collection.find(and(eq("school", school), eq("year", year))).sort(Sorts.ascending("number"))
                .forEach(document -> editions.add(edition(document)));
        return editions;
    }

    Optional<Edition> find(String school, int year, int number) {
        return Optional.ofNullable(collection.find(eq("_id", school + ":" + year + ":" + number)).first()).map(this::edition);
    }

    private int last(String school, int year) {
        Document last = collection.find(and(eq("school", school), eq("year", year))).sort(Sorts.descending("number"))
                .limit(1).first();
        return last == null ? 0 : last.getInteger("number");
    }

    private Edition edition(Document document) {
        return new Edition(document.getString("school"), document.getInteger("year"), document.getInteger("number"),
                document.getString("template"), document.getDate("createdAt").toInstant(), document.getString("createdBy"),
                document.getString("yearStatus"), document.getString("override"),
                json.readValue(document.getString("inputs"), ReportInputs.class));
    }
}
