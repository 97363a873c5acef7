package org.vetreport.platform.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A log-compacted topic that carries the current state of one entity type of one owning service:
 * {@code <service>.<entity>.v<version>}, e.g. {@code student.majors.v1}.
 * A change of the value's schema that old consumers cannot read gets a new version, i.e. a new topic.
 */
public record Topic(String service, String entity, int version) {

    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9-]*");

    public Topic {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(entity, "entity");
        if (!SEGMENT.matcher(service).matches() || !SEGMENT.matcher(entity).matches()) {
            throw new IllegalArgumentException("topic segments must be lower-case words: " + service + "." + entity);
        }
        if (version < 1) {
            throw new IllegalArgumentException("topic version must be positive: " + version);
        }
    }

    public static Topic v1(String service, String entity) {
        return new Topic(service, entity, 1);
    }

    public String name() {
        return service + "." + entity + ".v" + version;
    }

    /** Where records that could not be applied are parked, with the error in their headers. */
    public String deadLetterName() {
        return name() + ".dlt";
    }

    @Override
    public String toString() {
        return name();
    }
}
