package org.vetreport.platform.kit.store;

/** The outcome of a write: what it did and the entity as it now stands (absent after a deletion). */
public record WriteResult<T>(Outcome outcome, Versioned<T> entity) {

    public enum Outcome {
        CREATED,
        UPDATED,
        /** The write carried exactly the current value: no new version, no event. */
        UNCHANGED,
        DELETED
    }

    public boolean created() {
        return outcome == Outcome.CREATED;
    }
}
