package org.vetreport.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vetreport.report.indicator.SchoolFigures.DataVersion;
import org.vetreport.report.replica.SchoolChanges;

class LatestSnapshotsTest {

    private final LatestSnapshots<DataVersion> snapshots = new LatestSnapshots<>(Function.identity(), Duration.ZERO, 100, 2);
    private final AtomicLong changes = new AtomicLong(1);
    private final AtomicInteger computations = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
        snapshots.close();
    }

    @Test
    void aSnapshotIsReusedWhileTheSchoolsVersionStandsStill() {
        DataVersion first = get(seen("a"));
        DataVersion second = get(seen("a"));

        assertThat(second).isEqualTo(first);
        assertThat(computations).hasValue(1);
    }

    @Test
    void aRequestThatSawANewerVersionThanTheLatestSnapshotGetsANewOne() {
        get(seen("a"));
        changes.incrementAndGet();

        DataVersion fresh = get(seen("a"));

        assertThat(fresh.changes().total()).isEqualTo(2);
        assertThat(computations).hasValue(2);
    }

    @Test
    void aRequestThatSawAnOlderVersionTakesTheNewerSnapshot() {
        DataVersion old = seen("a");
        changes.incrementAndGet();
        DataVersion newer = get(seen("a"));

        assertThat(get(old)).isEqualTo(newer);
        assertThat(computations).hasValue(1);
    }

    @Test
    void requestsArrivingDuringAComputationShareOneNextComputationAtTheVersionTheySaw() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<DataVersion> first = threads.submit(() -> snapshots.get(seen("a"), 2020, () -> seen("a"), version -> {
            computing.countDown();
            await(release);
            return compute(version);
        }));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
        changes.incrementAndGet();
        DataVersion seenMeanwhile = seen("a");
        List<Future<DataVersion>> waiting = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            waiting.add(threads.submit(() -> get(seenMeanwhile)));
        }
        awaitQueued(8);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).changes().total()).isEqualTo(1);
        for (Future<DataVersion> answer : waiting) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(seenMeanwhile);
        }
        assertThat(computations).hasValue(2);
    }

    @Test
    void aSchoolBeingComputedDoesNotHoldUpAnother() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> snapshots.get(seen("a"), 2020, () -> seen("a"), version -> {
            computing.countDown();
            await(release);
            return compute(version);
        }));
        assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();

        Future<DataVersion> other = threads.submit(() -> get(seen("b")));

        assertThat(other.get(10, TimeUnit.SECONDS).school()).isEqualTo("b");
        release.countDown();
    }

    @Test
    void whileTheDataKeepChangingASchoolIsRecomputedAtMostOncePerInterval() {
        Duration interval = Duration.ofMillis(300);
        LatestSnapshots<DataVersion> throttled = new LatestSnapshots<>(Function.identity(), interval, 100, 2);
        List<long[]> computedFromTo = new ArrayList<>();
        Function<DataVersion, DataVersion> timed = version -> {
            long started = System.nanoTime();
            DataVersion computed = compute(version);
            computedFromTo.add(new long[] {started, System.nanoTime()});
            return computed;
        };
        throttled.get(seen("a"), 2020, () -> seen("a"), timed);
        changes.incrementAndGet();
        throttled.get(seen("a"), 2020, () -> seen("a"), timed);

        assertThat(computations).hasValue(2);
        assertThat(computedFromTo.get(1)[0] - computedFromTo.get(0)[1]).isGreaterThanOrEqualTo(interval.toNanos());
    }

    @Test
    void oneSchoolsIntervalDoesNotDelayAnother() throws Exception {
        LatestSnapshots<DataVersion> throttled = new LatestSnapshots<>(Function.identity(), Duration.ofHours(1), 100, 2);
        throttled.get(seen("a"), 2020, () -> seen("a"), this::compute);

        Future<DataVersion> other = threads.submit(() -> throttled.get(seen("b"), 2020, () -> seen("b"), this::compute));

        assertThat(other.get(10, TimeUnit.SECONDS).school()).isEqualTo("b");
    }

    private DataVersion get(DataVersion seen) {
        return snapshots.get(seen, 2020, () -> seen(seen.school()), this::compute);
    }

    private DataVersion compute(DataVersion version) {
        computations.incrementAndGet();
        return version;
    }

    private DataVersion seen(String school) {
        return new DataVersion(school, new SchoolChanges.Counts(changes.get(), Map.of()), 1);
    }

    @Test
    void aFailedComputationFailsItsRequestsAndTheNextRequestComputesAgain() {
        assertThatThrownBy(() -> snapshots.get(seen("a"), 2020, () -> seen("a"), version -> {
            throw new IllegalStateException("the database went away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the database went away");

        assertThat(get(seen("a")).school()).isEqualTo("a");
        assertThat(computations).hasValue(1);
    }

    /** The requests wait for a computation that has not started: count them. */
    private void awaitQueued(int requests) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (snapshots.waiting("a", 2020) < requests && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(snapshots.waiting("a", 2020)).isEqualTo(requests);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
