package org.vetreport.report.replica;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One rebuild of the replica into a new generation.
 *
 * @param generation   the generation it fills, active once it completed
 * @param applied      records read from the topics and applied to the new generation so far (a record older than
 *                     the copy already holds counts too: applying it changed nothing)
 * @param deadLettered records that break the event contract, sent to their topic's dead-letter topic again
 * @param failure      why it stopped, when it failed; the previous generation stayed active
 */
@Schema(name = "ReplicaRebuild", description = "A rebuild of the replica from the compacted topics into a new generation")
public record RebuildStatus(int generation, State state, Instant startedAt, Instant finishedAt, long applied,
                            long deadLettered, String failure) {

    public enum State {
        RUNNING, COMPLETED, FAILED
    }

    static RebuildStatus running(int generation, Instant startedAt, long applied, long deadLettered) {
        return new RebuildStatus(generation, State.RUNNING, startedAt, null, applied, deadLettered, null);
    }

    RebuildStatus completed(Instant finishedAt) {
        return new RebuildStatus(generation, State.COMPLETED, startedAt, finishedAt, applied, deadLettered, null);
    }

    RebuildStatus failed(Instant finishedAt, String failure) {
        return new RebuildStatus(generation, State.FAILED, startedAt, finishedAt, applied, deadLettered, failure);
    }

    boolean isRunning() {
        return state == State.RUNNING;
    }
}
