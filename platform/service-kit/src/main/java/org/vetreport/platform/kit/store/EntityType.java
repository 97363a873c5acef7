package org.vetreport.platform.kit.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.kit.lock.DatedField;
import org.vetreport.platform.kit.lock.PeriodViews;
import org.vetreport.platform.kit.lock.ReportPeriod;

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

    /**
     * The fields that place an entity in report periods. An entity with none is in no period, so no locked year
     * ever stops a change of it.
     */
    default List<DatedField> dates(T value) {
        return List.of();
    }

    /**
     * What the figures of a report period see of an entity, field by field; empty when they do not see it at all.
     * A write is refused while a locked period would see the entity differently after it (see
     * {@link org.vetreport.platform.kit.lock.LockRule}). By default every field, when any of the entity's
     * {@link #dates} falls in the period. Types with effective-dated history show only the history up to the end
     * of the period, so a change effective after it stays possible, and leave out fields no figure reads.
     *
     * @param value a record, never {@code null}
     */
    default Map<String, Object> view(T value, ReportPeriod period) {
        return dates(value).stream().anyMatch(date -> date.in(period)) ? PeriodViews.fields((Record) value) : Map.of();
    }

    /**
     * A type of things that exist from a start date until an end date (majors opened and closed, rooms, assets
     * acquired and disposed of), which the figures of every period they exist in count. Those figures see every
     * field but the unread ones, and the end date only once it is not after the period: closing a major next
     * year leaves a locked year as it was, closing it back inside that year does not.
     *
     * @param unread fields no figure reads, such as a name, which stay correctable
     */
    static <T extends Record> EntityType<T> lasting(String name, Class<T> javaType, Topic topic, String startField,
            Function<T, LocalDate> start, String endField, Function<T, LocalDate> end, String... unread) {
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

            @Override
            public List<DatedField> dates(T value) {
                return List.of(DatedField.between(startField, start.apply(value), end.apply(value)));
            }

            @Override
            public Map<String, Object> view(T value, ReportPeriod period) {
                if (!period.overlaps(start.apply(value), end.apply(value))) {
                    return Map.of();
                }
                Map<String, Object> seen = new LinkedHashMap<>(PeriodViews.fields(value, unread));
                seen.put(endField, period.seen(end.apply(value)));
                return seen;
            }
        };
    }

    /** A type whose entities no report period counts, such as a catalogue without dates. */
    static <T> EntityType<T> of(String name, Class<T> javaType, Topic topic) {
        return of(name, javaType, topic, value -> List.of());
    }

    /** A type whose entities the figures of a period see whole when one of their dates places them in it. */
    static <T> EntityType<T> of(String name, Class<T> javaType, Topic topic, Function<T, List<DatedField>> dates) {
        return new EntityType<>() {
            @Override
            public List<DatedField> dates(T value) {
                return dates.apply(value);
            }

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
