package org.vetreport.platform.kit.store;

import org.vetreport.platform.kit.error.PreconditionFailedException;

/** What the caller expects of the current version before a write ({@code If-Match}). */
public sealed interface Precondition {

    /** No {@code If-Match}: write whatever the current version is. */
    Precondition NONE = new None();

    /** {@code If-Match: *}: the entity must exist. */
    Precondition EXISTS = new Exists();

    static Precondition version(long version) {
        return new Version(version);
    }

    /**
     * @param current the current version, {@code null} if the entity does not exist
     * @throws PreconditionFailedException when the expectation does not hold
     */
    void check(Long current);

    record None() implements Precondition {
        @Override
        public void check(Long current) {
        }
    }

    record Exists() implements Precondition {
        @Override
        public void check(Long current) {
            if (current == null) {
                throw new PreconditionFailedException("If-Match: * requires the resource to exist, and it does not");
            }
        }
    }

    record Version(long expected) implements Precondition {
        @Override
        public void check(Long current) {
            if (current == null) {
                throw new PreconditionFailedException("If-Match names version " + expected
                        + " but the resource does not exist");
            }
            if (current != expected) {
                throw new PreconditionFailedException("If-Match names version " + expected
                        + " but the current version is " + current + "; read it again and retry");
            }
        }
    }
}
