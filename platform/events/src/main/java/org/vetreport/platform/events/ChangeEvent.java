package org.vetreport.platform.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One change of one entity as it travels over Kafka: the entity's full snapshot after the change, or no payload
 * (a tombstone) when the entity was deleted.
 *
 * @param actor   who made the change: the subject of the caller's token, for the audit log
 * @param payload UTF-8 JSON of the whole entity after the change; {@code null} for a deletion
 */
public record ChangeEvent(
        String id,
        String type,
        String source,
        Instant time,
        Topic topic,
        EventKey key,
        long entityVersion,
        String actor,
        byte[] payload) {

    public ChangeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(actor, "actor");
        if (entityVersion < 1) {
            throw new IllegalArgumentException("entity version must be positive: " + entityVersion);
        }
    }

    public boolean isTombstone() {
        return payload == null;
    }

    /** The CloudEvents subject: the entity's natural key within its school. */
    public String subject() {
        return key.naturalKey();
    }

    public String school() {
        return key.school();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChangeEvent that
                && id.equals(that.id) && type.equals(that.type) && source.equals(that.source)
                && time.equals(that.time) && topic.equals(that.topic) && key.equals(that.key)
                && entityVersion == that.entityVersion && actor.equals(that.actor) && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, entityVersion, key);
    }

    @Override
    public String toString() {
        return "ChangeEvent[" + type + " " + topic + " " + key + " v" + entityVersion + " id=" + id + "]";
    }
}
