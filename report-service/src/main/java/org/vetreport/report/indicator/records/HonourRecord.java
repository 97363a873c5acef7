package org.vetreport.report.indicator.records;

import java.time.LocalDate;

/** An honour a staff member was awarded, as {@code faculty.honours.v1} carries it, e.g. 市学科带头人 at MUNICIPAL level. */
public record HonourRecord(String staffNo, String title, String level, LocalDate awardedOn) {
}
