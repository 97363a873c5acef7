package org.vetreport.report.check;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Editors' explanations of findings, one document per school and finding id. A finding's id stays the same while
 * its data do, so its explanation applies for as long as the data it explains; one left behind by changed data
 * is simply never shown again.
 */
@Component
class Explanations {

    private static final String SCHOOL = "school";
    private static final String YEAR = "year";
    private static final String FINDING = "finding";
    private static final String TEXT = "text";
    private static final String BY = "by";
    private static final String AT = "at";

    private final MongoCollection<Document> collection;

    Explanations(MongoDatabase database) {
        this.collection = database.getCollection("check_explanations");
        collection.createIndex(Indexes.ascending(SCHOOL, YEAR));
    }

    /** The explanations of one school's findings of one year, by finding id. */
    Map<String, Explanation> of(String school, int year) {
        Map<String, Explanation> explanations = new HashMap<>();
        collection.find(and(eq(SCHOOL, school), eq(YEAR, year))).forEach(document -> explanations.put(
                document.getString(FINDING), new Explanation(document.getString(TEXT), document.getString(BY),
                        document.getDate(AT).toInstant())));
        return explanations;
    }

    /** Records the explanation, replacing an earlier one of the same finding. */
    void save(String school, int year, String finding, Explanation explanation) {
        collection.replaceOne(eq("_id", school + ":" + finding), new Document("_id", school + ":" + finding)
                        .append(SCHOOL, school).append(YEAR, year).append(FINDING, finding)
                        .append(TEXT, explanation.text()).append(BY, explanation.by()).append(AT, Date.from(explanation.at())),
                new ReplaceOptions().upsert(true));
    }
}
