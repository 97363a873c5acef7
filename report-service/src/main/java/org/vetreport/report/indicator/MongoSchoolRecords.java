package org.vetreport.report.indicator;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.json.JsonBson;
import org.vetreport.platform.kit.replica.ReplicaCollection;
import org.vetreport.report.indicator.majors.MajorRecord;
import org.vetreport.report.replica.Replicas;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * One school's records read from the replica, each entity type once per instance. Reading tolerates fields
 * this service does not know yet, so producers can add fields without breaking it.
 */
final class MongoSchoolRecords implements SchoolRecords {

    private final Replicas replicas;
    private final JsonMapper json;
    private final String school;
    private List<MajorRecord> majors;

    MongoSchoolRecords(Replicas replicas, JsonMapper json, String school) {
        this.replicas = replicas;
        this.json = json;
        this.school = school;
    }

    @Override
    public List<MajorRecord> majors() {
        if (majors == null) {
            majors = read(Topics.STUDENT_MAJORS, MajorRecord.class);
        }
        return majors;
    }

    private <T> List<T> read(Topic topic, Class<T> type) {
        ObjectReader reader = json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<T> records = new ArrayList<>();
        replicas.of(topic).collection()
                .find(and(eq(ReplicaCollection.SCHOOL, school), eq(ReplicaCollection.DELETED, false)))
                .forEach(document -> records.add(reader.readValue(JsonBson.toJson(document.get(ReplicaCollection.DATA, Document.class)))));
        return records;
    }
}
