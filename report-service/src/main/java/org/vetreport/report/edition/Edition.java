package org.vetreport.report.edition;

import java.time.Instant;

/**
 * A numbered, immutable edition of a school's report for a year.
 *
 * @param yearStatus the year's status when it was published (LOCKED unless overridden)
 * @param override   why it was published without a LOCKED year, {@code null} when it was LOCKED
 */
public record Edition(String school, int year, int number, String template, Instant createdAt, String createdBy,
                      String yearStatus, String override, ReportInputs inputs) {
}
