package org.vetreport.report.indicator.records;

import java.time.LocalDate;

/** One entry of a student's status history as {@code student.students.v1} carries it. */
public record StatusRecord(String status, LocalDate effectiveOn) {

    public static final String ENROLLED = "ENROLLED";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String GRADUATED = "GRADUATED";
}
