package org.vetreport.report.check;

import java.time.Instant;

/**
 * Why a flagged figure is right after all, as a report editor wrote it.
 *
 * @param by the subject of the editor's token
 */
public record Explanation(String text, String by, Instant at) {

    public static final int MAX_LENGTH = 2000;
}
