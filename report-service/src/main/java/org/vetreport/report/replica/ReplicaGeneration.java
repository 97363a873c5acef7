package org.vetreport.report.replica;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.replica.ReplicaCollection;
import tools.jackson.databind.json.JsonMapper;

/**
 * One complete copy of every domain topic, one collection per topic. The first generation keeps the collection
 * names the replica always had ({@code replica_student_majors_v1}), so an existing replica stays in use; each
 * rebuild fills the next one ({@code replica_g2_student_majors_v1}, ...).
 */
final class ReplicaGeneration {

    static final int FIRST = 1;

    private static final Pattern NAME = Pattern.compile("replica_(?:g(\\d+)_)?(.+)");

    private final int number;
    private final MongoDatabase database;
    private final Map<Topic, ReplicaCollection> collections;

    private ReplicaGeneration(int number, MongoDatabase database, JsonMapper json) {
        this.number = number;
        this.database = database;
        this.collections = Topics.domain().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                topic -> new ReplicaCollection(database.getCollection(collectionName(number, topic)), json)));
    }

    /** The generation's collections, created with their indexes if they do not exist yet. */
    static ReplicaGeneration open(int number, MongoDatabase database, JsonMapper json) {
        return new ReplicaGeneration(number, database, json);
    }

    /** {@code student.majors.v1} of generation 2 is kept in {@code replica_g2_student_majors_v1}. */
    static String collectionName(int generation, Topic topic) {
        return "replica_" + (generation == FIRST ? "" : "g" + generation + "_") + slug(topic);
    }

    /** The generation a collection of the database belongs to, if it is the copy of a domain topic. */
    static Optional<Integer> generationOf(String collectionName) {
        Matcher matcher = NAME.matcher(collectionName);
        if (!matcher.matches() || Topics.domain().stream().noneMatch(topic -> slug(topic).equals(matcher.group(2)))) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) == null ? FIRST : Integer.parseInt(matcher.group(1)));
    }

    private static String slug(Topic topic) {
        return topic.name().replace('.', '_').replace('-', '_');
    }

    int number() {
        return number;
    }

    ReplicaCollection of(Topic topic) {
        ReplicaCollection collection = collections.get(topic);
        if (collection == null) {
            throw new IllegalArgumentException("no replica of topic " + topic);
        }
        return collection;
    }

    /** Drops every collection of the generation; nothing may read or write it any more. */
    void drop() {
        collections.values().forEach(collection -> collection.collection().drop());
    }

    /** Drops whatever a generation left in the database, e.g. a rebuild cut short by a restart. */
    static void dropLeftovers(int number, MongoDatabase database) {
        for (String name : database.listCollectionNames()) {
            if (generationOf(name).filter(generation -> generation == number).isPresent()) {
                database.getCollection(name).drop();
            }
        }
    }
}
