package org.vetreport.report.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vetreport.report.indicator.SchoolFigures.DataVersion;

/**
 * The latest snapshot of each school and year, computed one at a time.
 *
 * <p>While a school's data keep changing, every request sees a new version whose figures nobody has computed.
 * Computing them once per request would queue a busy school's requests behind each other's computations (each
 * reads the school's records). Here a request that finds no snapshot covering the version it saw joins the next
 * computation of its school and year, which reads the version when it starts; everyone who arrived before it
 * starts shares it, and all of them are answered the moment it ends. A request thus waits for at most the
 * computation running and the next, and never gets figures older than the data at its arrival.
 *
 * <p>While the data keep changing the next computation starts no sooner than {@code interval} after the previous
 * one ended: whatever the rate of reads and writes, a school's figures cost at most one computation per interval,
 * and a read waits at most the interval and two computations. Computations run on threads of their own.
 *
 * @param <T> the snapshot
 */
final class LatestSnapshots<T> implements AutoCloseable {

    private final Function<T, DataVersion> versionOf;
    private final long intervalNanos;
    private final Cache<SchoolYear, T> latest;
    private final Map<SchoolYear, Flights> flights = new HashMap<>();
    /** When each school year's last computation ended, by {@link System#nanoTime()}, while it matters. */
    private final Cache<SchoolYear, Long> ended;
    private final ScheduledExecutorService computing;

    LatestSnapshots(Function<T, DataVersion> versionOf, Duration interval, long maximumSize, int threads) {
        this.versionOf = versionOf;
        this.intervalNanos = interval.toNanos();
        this.latest = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.ended = Caffeine.newBuilder().expireAfterWrite(interval).build();
        AtomicInteger created = new AtomicInteger();
        this.computing = Executors.newScheduledThreadPool(threads, task -> {
            Thread thread = new Thread(task, "school-figures-" + created.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
        CompletableFuture<T> next;
        synchronized (flights) {
            known = latest.getIfPresent(key);
            if (known != null && versionOf.apply(known).covers(seen)) {
                return known;
            }
            next = flights.computeIfAbsent(key, any -> new Flights()).join(key, current, compute);
        }
        return await(next);
    }

    /** How many requests wait for the next computation of the school's year, which has not started yet. */
    int waiting(String school, int year) {
        synchronized (flights) {
            Flights of = flights.get(new SchoolYear(school, year));
            return of == null ? 0 : of.waiting;
        }
    }

    @Override
    public void close() {
        computing.shutdownNow();
    }

    private static <T> T await(CompletableFuture<T> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for figures", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("computing figures failed", e.getCause());
        }
    }

    /** The computations of one school's year: the one running, if any, and the next, which requests join. */
    private final class Flights {

        private CompletableFuture<T> next;
        // how the next computation reads the version and computes, as the request that opened it asked
        private Supplier<DataVersion> nextVersion;
        private Function<DataVersion, T> nextCompute;
        private int waiting;
        private boolean running;

        /** Called holding the lock on {@code flights}. */
        CompletableFuture<T> join(SchoolYear key, Supplier<DataVersion> current, Function<DataVersion, T> compute) {
            if (next == null) {
                next = new CompletableFuture<>();
                nextVersion = current;
                nextCompute = compute;
                if (!running) {
                    schedule(key);
                }
            }
            waiting++;
            return next;
        }

        private void schedule(SchoolYear key) {
            Long lastEnded = ended.getIfPresent(key);
            long delay = lastEnded == null ? 0 : Math.max(0, lastEnded + intervalNanos - System.nanoTime());
            computing.schedule(() -> run(key), delay, TimeUnit.NANOSECONDS);
        }

        private void run(SchoolYear key) {
            CompletableFuture<T> flight;
            Supplier<DataVersion> current;
            Function<DataVersion, T> compute;
            synchronized (flights) {
                flight = next;
                current = nextVersion;
                compute = nextCompute;
                next = null;
                nextVersion = null;
                nextCompute = null;
                waiting = 0;
                running = true;
            }
            try {
                T computed = compute.apply(current.get());
                latest.asMap().merge(key, computed,
                        (kept, newer) -> versionOf.apply(newer).covers(versionOf.apply(kept)) ? newer : kept);
                flight.complete(computed);
            } catch (RuntimeException | Error e) {
                flight.completeExceptionally(e);
            } finally {
                synchronized (flights) {
                    running = false;
                    ended.put(key, System.nanoTime());
                    if (next != null) {
                        schedule(key);
                    } else {
                        flights.remove(key);
                    }
                }
            }
        }
    }

    private record SchoolYear(String school, int year) {
    }
}
