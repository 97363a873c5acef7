package org.vetreport.report.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vetreport.report.indicator.SchoolFigures.DataVersion;

/**
 * The latest snapshot of each school and year, computed one at a time per school.
 *
 * <p>While a school's data keep changing, every request sees a new version whose figures nobody has computed.
 * Computing them once per request would queue a busy school's requests behind each other's computations (each
 * reads all of the school's records). Here a computation starts at the school's version of that moment; a request
 * that arrived while another computed takes that one's snapshot if it covers the version the request saw, or
 * computes a newer one that serves everyone who arrived meanwhile. A request thus waits for at most two
 * computations and never gets figures older than the data at its arrival.
 *
 * <p>A computation reads all of the school's records, so while the data keep changing the next one starts no
 * sooner than {@code interval} after the previous one ended: whatever the rate of reads and writes, a school's
 * figures cost at most one computation per interval, and a read waits at most the interval and two computations.
 *
 * @param <T> the snapshot
 */
final class LatestSnapshots<T> {

    private final Function<T, DataVersion> versionOf;
    private final long intervalNanos;
    private final Cache<SchoolYear, T> latest;
    /** When each school's last computation ended, by {@link System#nanoTime()}, while it matters. */
    private final Cache<String, Long> lastEnded;
    /** Weak values: a school's lock lives while a request holds or awaits it, so all of them share one. */
    private final LoadingCache<String, ReentrantLock> computing =
            Caffeine.newBuilder().weakValues().build(school -> new ReentrantLock());

    LatestSnapshots(Function<T, DataVersion> versionOf, Duration interval, long maximumSize) {
        this.versionOf = versionOf;
        this.intervalNanos = interval.toNanos();
        this.lastEnded = Caffeine.newBuilder().expireAfterWrite(interval).build();
        this.latest = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /**
     * A snapshot of the school's year at the version seen or a newer one.
     *
     * @param current the school's version now, read before its records
     * @param compute the snapshot at a version
     */
    T get(DataVersion seen, int year, Supplier<DataVersion> current, Function<DataVersion, T> compute) {
        SchoolYear key = new SchoolYear(seen.school(), year);
        T known = latest.getIfPresent(key);
        if (known != null && versionOf.apply(known).covers(seen)) {
            return known;
        }
        ReentrantLock lock = computing.get(seen.school());
        lock.lock();
        try {
            known = latest.getIfPresent(key);
            if (known != null && versionOf.apply(known).covers(seen)) {
                return known;
            }
            awaitInterval(seen.school());
            T computed;
            try {
                computed = compute.apply(current.get());
            } finally {
                lastEnded.put(seen.school(), System.nanoTime());
            }
            latest.asMap().merge(key, computed,
                    (kept, newer) -> versionOf.apply(newer).covers(versionOf.apply(kept)) ? newer : kept);
            return computed;
        } finally {
            lock.unlock();
        }
    }

    /** Waits, holding the school's lock, so that everyone arriving meanwhile shares the computation that follows. */
    private void awaitInterval(String school) {
        Long ended = lastEnded.getIfPresent(school);
        long wait = ended == null ? 0 : ended + intervalNanos - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to compute the figures of " + school, e);
            }
        }
    }

    /** How many requests wait for the school's computation in progress. */
    int waiting(String school) {
        ReentrantLock lock = computing.getIfPresent(school);
        return lock == null ? 0 : lock.getQueueLength();
    }

    private record SchoolYear(String school, int year) {
    }
}
