package org.vetreport.report.replica;

import org.vetreport.platform.events.ChangeEvent;

/**
 * What a change must carry to enter the replica: a payload the report service can read as the entity of its topic.
 * Checked before anything is written, so a payload that breaks it goes to the dead-letter topic (the contract
 * exceptions of the kit's {@code DeadLetters}) instead of making every later figure of its school fail to compute.
 */
public interface PayloadContract {

    /** Accepts every payload: for tools that copy the replica without computing from it. */
    PayloadContract NONE = event -> { };

    /**
     * @throws tools.jackson.core.JacksonException or {@link IllegalArgumentException} when the payload is not the
     *         entity its topic promises
     */
    void check(ChangeEvent event);
}
