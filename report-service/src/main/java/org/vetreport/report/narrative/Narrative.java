package org.vetreport.report.narrative;

import java.time.Instant;

/**
 * What an editor wrote for one section, with the version it is at: every save is a new version kept in the
 * history, so earlier wording can always be looked up.
 */
public record Narrative(String section, String text, long version, Instant updatedAt, String updatedBy) {
}
