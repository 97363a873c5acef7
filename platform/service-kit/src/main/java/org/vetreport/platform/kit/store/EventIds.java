package org.vetreport.platform.kit.store;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of change events: UUIDs laid out as RFC 9562's version 7, the first 48 bits the event's time in milliseconds
 * and 74 of the rest random, so that the ids of later events sort after those of earlier ones. The entities' history
 * and the report service's audit log are keyed by event id; with random ids every new entry landed on a random page
 * of the embedded MongoDB server's trees, and each commit rewrote most pages of both to store a second's entries,
 * the largest part of that server's work under a steady stream of writes. In time order new entries fill the last
 * pages. Unique as random UUIDs are: two ids of one millisecond differ unless 74 random bits do not.
 */
final class EventIds {

    private EventIds() {
    }

    static String at(Instant time) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (time.toEpochMilli() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
