package org.vetreport.platform.kit.store;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One version of an entity as its change was announced.
 *
 * @param actor    who wrote it (the subject of the caller's token)
 * @param snapshot the entity as its event carried it; {@code null} for a deletion
 */
public record Revision(long version, String type, Instant time, String actor, JsonNode snapshot) {
}
