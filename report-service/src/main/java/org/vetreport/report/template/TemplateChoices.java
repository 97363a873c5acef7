package org.vetreport.report.template;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Which outline each school's report of each year follows; {@link Templates#DEFAULT} until the school picks one. */
@Component
public class TemplateChoices {

    private final MongoCollection<Document> collection;

    TemplateChoices(MongoDatabase database) {
        this.collection = database.getCollection("report_templates");
    }

    public ReportTemplate of(String school, int year) {
        Document chosen = collection.find(eq("_id", key(school, year))).first();
        return Templates.find(chosen == null ? Templates.DEFAULT : chosen.getString("template"))
                .orElseThrow(() -> new IllegalStateException("a stored template choice names no built-in template"));
    }

    public void choose(String school, int year, ReportTemplate template, String actor, Instant at) {
        collection.replaceOne(eq("_id", key(school, year)), new Document("_id", key(school, year))
                        .append("school", school).append("year", year).append("template", template.id())
                        .append("by", actor).append("at", Date.from(at)),
                new ReplaceOptions().upsert(true));
    }

    private static String key(String school, int year) {
        return school + ":" + year;
    }
}
