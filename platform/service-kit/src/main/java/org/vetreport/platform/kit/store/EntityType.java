package org.vetreport.platform.kit.store;

import org.vetreport.platform.events.Topic;

/**
 * One kind of entity a service owns: its Java shape, the topic its changes go to and what its events are
 * called. Everything else (storage, versions, outbox, publication) is shared.
 *
 * @param <T> the entity as the domain sees it, a plain record
 */
public interface EntityType<T> {

    /** Singular name for messages, e.g. {@code major}. */
    String name();

    Class<T> javaType();

    Topic topic();

    /** The MongoDB collection; the topic's entity name unless a service has a reason to differ. */
    default String collection() {
        return topic().entity();
    }

    /**
     * The CloudEvents type of an upsert.
     *
     * @param before the entity before the change, {@code null} when it is new (or was deleted)
     */
    default String eventType(T before, T after) {
        return name() + (before == null ? ".created" : ".updated");
    }

    default String deletedEventType() {
        return name() + ".deleted";
    }

    /**
     * What events and history show of an entity: the entity itself unless it holds data that must not leave
     * the service, such as a student's ID-card number.
     */
    default Object eventPayload(T value) {
        return value;
    }

    static <T> EntityType<T> of(String name, Class<T> javaType, Topic topic) {
        return new EntityType<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Class<T> javaType() {
                return javaType;
            }

            @Override
            public Topic topic() {
                return topic;
            }
        };
    }
}
