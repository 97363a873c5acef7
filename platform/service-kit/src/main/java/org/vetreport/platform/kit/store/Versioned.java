package org.vetreport.platform.kit.store;

import java.time.Instant;

/** An entity as stored: its value, its version (the ETag) and who changed it last, when. */
public record Versioned<T>(String school, String key, T value, long version, Instant updatedAt, String updatedBy) {
}
