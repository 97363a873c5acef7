package org.vetreport.platform.events;

import java.util.Objects;

/**
 * The record key of every event: {@code <school>:<naturalKey>}. The school comes first so that one school's
 * entities spread over partitions while each entity's changes stay in order on one partition.
 * A natural key may itself contain colons (composite keys); the school code never does.
 */
public record EventKey(String school, String naturalKey) {

    public EventKey {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(naturalKey, "naturalKey");
        if (school.isEmpty() || school.indexOf(':') >= 0) {
            throw new IllegalArgumentException("school code must be non-empty and contain no ':' but was '" + school + "'");
        }
        if (naturalKey.isEmpty()) {
            throw new IllegalArgumentException("natural key must be non-empty");
        }
    }

    public static EventKey parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new IllegalArgumentException("event key must be '<school>:<naturalKey>' but was '" + key + "'");
        }
        return new EventKey(key.substring(0, colon), key.substring(colon + 1));
    }

    @Override
    public String toString() {
        return school + ":" + naturalKey;
    }
}
