package org.vetreport.report.indicator.records;

import java.time.LocalDate;

/** A dated change of a staff member's qualifications; absent attributes stay as they were. */
public record QualificationsRecord(LocalDate effectiveOn, String education, String degree, String title,
                                   Boolean dualQualified) {
}
