package org.vetreport.platform.events;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of every topic on the platform. Producers publish only to topics named here and the report
 * service replicates all of them, so adding an entity type starts with a line here.
 */
public final class Topics {

    public static final Topic STUDENT_MAJORS = Topic.v1("student", "majors");

    private static final List<Topic> ALL = List.of(STUDENT_MAJORS);

    private Topics() {
    }

    public static List<Topic> all() {
        return ALL;
    }

    public static List<Topic> ownedBy(String service) {
        return ALL.stream().filter(topic -> topic.service().equals(service)).toList();
    }

    public static Optional<Topic> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
