package org.vetreport.report.replica;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.replica.ReplicaCollection;
import tools.jackson.databind.json.JsonMapper;

/** The report service's copy of every platform topic, one collection per topic. */
@Component
public class Replicas {

    private final Map<Topic, ReplicaCollection> collections;

    Replicas(MongoDatabase database, JsonMapper json) {
        this.collections = Topics.domain().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                topic -> new ReplicaCollection(database.getCollection(collectionName(topic)), json)));
    }

    /** {@code student.majors.v1} is kept in {@code replica_student_majors_v1}. */
    static String collectionName(Topic topic) {
        return "replica_" + topic.name().replace('.', '_').replace('-', '_');
    }

    public ReplicaCollection of(Topic topic) {
        ReplicaCollection collection = collections.get(topic);
        if (collection == null) {
            throw new IllegalArgumentException("no replica of topic " + topic);
        }
        return collection;
    }
}
