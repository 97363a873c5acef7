package org.vetreport.report.indicator.records;

import java.time.LocalDate;

/** A major as the student service publishes it on {@code student.majors.v1}. */
public record MajorRecord(String code, String name, String group, LocalDate openedOn, LocalDate closedOn) {

    /** Open on a day: opened on or before it and not closed by it (the closing day itself is closed). */
    public boolean openOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
