package org.vetreport.report.replica;

/**
 * One partition of a replicated topic as the broker and the live consumer group see it.
 *
 * @param start     the first offset the partition still holds
 * @param end       the offset the next record written to it will get
 * @param committed the next offset the consumer group will read, as it last committed it; {@code null} when it has
 *                  committed none
 */
record PartitionOffsets(String topic, int partition, long start, long end, Long committed) {

    /**
     * Where the consumer reads next: its commit, or the start of the partition when it has none or the commit points
     * at records compaction has since removed (the consumer resets to the earliest offset then).
     */
    long nextOffset() {
        return committed == null ? start : Math.max(committed, start);
    }

    /** Records written to the partition that the consumer has not read yet. */
    long lag() {
        return Math.max(0, end - nextOffset());
    }
}
