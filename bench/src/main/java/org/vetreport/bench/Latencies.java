package org.vetreport.bench;

import java.util.Arrays;

/**
 * The latencies of many calls, for percentiles. Not thread-safe: each load thread records into its own and the
 * results are {@link #merge merged} at the end, so recording costs no synchronisation inside the timed loop.
 */
public final class Latencies {

    private long[] nanos = new long[4096];
    private int count;

    public void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public int count() {
        return count;
    }

    /** A new instance with the calls of both. */
    public Latencies merge(Latencies other) {
        Latencies merged = new Latencies();
        merged.nanos = Arrays.copyOf(nanos, count + other.count);
        System.arraycopy(other.nanos, 0, merged.nanos, count, other.count);
        merged.count = count + other.count;
        return merged;
    }

    /**
     * The nearest-rank percentile in milliseconds: the smallest latency at least {@code percent} % of the calls
     * did not exceed.
     *
     * @throws IllegalStateException when nothing was recorded
     */
    public double percentileMillis(double percent) {
        if (count == 0) {
            throw new IllegalStateException("no latencies recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
